import { Args, Query, Resolver } from '@nestjs/graphql';
import { CATEGORY_MODELS, CategoryModel, Theme } from '@symbiose/taxonomy-graphql';

@Resolver(() => CategoryModel)
export class CategoryResolver {
  @Query(() => [CategoryModel], {
    description: 'The categories of the taxonomy, theme by theme; those of one theme when given',
  })
  categories(
    @Args('theme', { type: () => Theme, nullable: true }) theme?: Theme | null,
  ): readonly CategoryModel[] {
    return theme ? CATEGORY_MODELS.filter((category) => category.theme === theme) : CATEGORY_MODELS;
  }
}
