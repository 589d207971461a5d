import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, paginateList } from '@symbiose/platform';
import { searchWasteCodes } from '@symbiose/taxonomy';
import { toWasteCodeModel, WasteCodeModel } from '@symbiose/taxonomy-graphql';
import { WasteCodesArgs } from './dto/waste-codes.args';
import { WasteCodeConnection } from './waste-code.model';

@Resolver(() => WasteCodeModel)
export class WasteCodeResolver {
  @Query(() => WasteCodeConnection, {
    description: 'Entries of the European List of Waste, by code',
  })
  wasteCodes(
    @Args() { search, chapter, hazardous, ...page }: WasteCodesArgs,
  ): Connection<WasteCodeModel> {
    const entries = searchWasteCodes({
      search: search ?? undefined,
      chapter: chapter ?? undefined,
      hazardous: hazardous ?? undefined,
    });
    return paginateList(entries.map(toWasteCodeModel), page);
  }
}
