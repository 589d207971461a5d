import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { WasteCodeModel, wasteCodeModelOf } from '@symbiose/taxonomy-graphql';
import { WasteFlowsArgs } from './dto/waste-flows.args';
import { WasteFlowModel } from './waste-flow.model';
import { WasteFlowsService } from './waste-flows.service';

@Resolver(() => WasteFlowModel)
export class WasteFlowsResolver {
  constructor(private readonly flows: WasteFlowsService) {}

  @Query(() => [WasteFlowModel], {
    description:
      'A territory’s declared flows of one kind (the waste offered by default), in annual tonnes, hazardous share and counts, grouped by zone, waste code and/or theme. No firm identity.',
  })
  wasteFlows(@Args() { territoryId, groupBy, kind }: WasteFlowsArgs): Promise<WasteFlowModel[]> {
    return this.flows.flows(territoryId, groupBy, kind);
  }

  @ResolveField(() => WasteCodeModel, {
    nullable: true,
    description: 'Grouped by WASTE_CODE: the entry of wasteCode, with its labels',
  })
  wasteCodeEntry(flow: WasteFlowModel): WasteCodeModel | null {
    return flow.wasteCode ? (wasteCodeModelOf(flow.wasteCode) ?? null) : null;
  }
}
