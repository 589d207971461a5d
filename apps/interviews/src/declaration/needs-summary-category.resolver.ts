import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CategoryModel, categoryModelOf } from '@symbiose/taxonomy-graphql';
import { NeedsSummaryByCategoryModel } from './needs-summary.model';

@Resolver(() => NeedsSummaryByCategoryModel)
export class NeedsSummaryCategoryResolver {
  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'The category, with its labels; null only for a code the taxonomy no longer knows',
  })
  category(@Parent() line: NeedsSummaryByCategoryModel): CategoryModel | null {
    return categoryModelOf(line.categoryCode) ?? null;
  }
}
