import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { UuidArgPipe } from '@symbiose/platform';
import { DeclarationCounts } from './declaration-counts.service';
import { NeedsSummaryModel } from './needs-summary.model';

@Resolver(() => NeedsSummaryModel)
export class NeedsSummaryResolver {
  constructor(private readonly counts: DeclarationCounts) {}

  @Query(() => NeedsSummaryModel, {
    description: 'Active needs and resources of the active organizations now in the zone',
  })
  needsSummary(@Args('zoneId', { type: () => ID }, UuidArgPipe) zoneId: string) {
    return this.counts.needsSummary(zoneId);
  }
}
