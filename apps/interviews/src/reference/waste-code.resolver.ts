import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, paginateList } from '@symbiose/platform';
import { formatWasteCode, searchWasteCodes, WasteCode } from '@symbiose/taxonomy';
import { WasteCodesArgs } from './dto/waste-codes.args';

import { WasteCodeConnection, WasteCodeModel } from './waste-code.model';

@Resolver(() => WasteCodeModel)
export class WasteCodeResolver {
  @Query(() => WasteCodeConnection, {
    description: 'Entries of the European List of Waste, by code',
  })
  wasteCodes(
    @Args() { search, chapter, hazardous, ...page }: WasteCodesArgs,
  ): Connection<WasteCode> {
    const entries = searchWasteCodes({
      search: search ?? undefined,
      chapter: chapter ?? undefined,
      hazardous: hazardous ?? undefined,
    });
    return paginateList(entries, page);
  }

  @ResolveField(() => String, {
    description: 'The official spelling: 15 01 01, or 15 01 10* for a hazardous entry',
  })
  formatted(@Parent() wasteCode: WasteCode): string {
    return formatWasteCode(wasteCode.code);
  }
}
