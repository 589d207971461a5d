import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_CATEGORIES, canonicalUnitOf, categoriesOfTheme, Category } from '@symbiose/taxonomy';
import { Theme } from '../declaration/declaration-enums';
import { CategoryModel } from './category.model';

@Resolver(() => CategoryModel)
export class CategoryResolver {
  @Query(() => [CategoryModel], {
    description: 'The categories of the taxonomy, theme by theme; those of one theme when given',
  })
  categories(
    @Args('theme', { type: () => Theme, nullable: true }) theme?: Theme | null,
  ): readonly Category[] {
    return theme ? categoriesOfTheme(theme) : ALL_CATEGORIES;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The unit annual quantities are given in: t, m3, MWh, h or unit; null for NONE',
  })
  canonicalUnit(@Parent() category: Category): string | null {
    return canonicalUnitOf(category.dimension);
  }
}
