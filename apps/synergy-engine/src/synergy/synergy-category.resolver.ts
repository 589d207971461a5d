import { ResolveField, Resolver } from '@nestjs/graphql';
import { CategoryModel, categoryModelOf } from '@symbiose/taxonomy-graphql';
import { Synergy } from './synergy.entity';
import { CollectiveNeedModel, SynergyModel } from './synergy.model';

function categoriesOf(codes: readonly string[]): CategoryModel[] {
  return codes.flatMap((code) => categoryModelOf(code) ?? []);
}

/**
 * The categories a synergy names by code, as objects with their labels, from the taxonomy. The
 * fields take their parent as GraphQL gives it, without Nest's @Parent: a page of synergies
 * resolves them once per synergy.
 */
@Resolver(() => SynergyModel)
export class SynergyCategoryResolver {
  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'The category of categoryCode; null only for a code the taxonomy no longer knows',
  })
  category(synergy: Synergy): CategoryModel | null {
    return categoryModelOf(synergy.categoryCode) ?? null;
  }

  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'B2B: the category of resourceCategoryCode',
  })
  resourceCategory(synergy: Synergy): CategoryModel | null {
    return synergy.resourceCategoryCode
      ? (categoryModelOf(synergy.resourceCategoryCode) ?? null)
      : null;
  }
}

@Resolver(() => CollectiveNeedModel)
export class CollectiveNeedCategoriesResolver {
  @ResolveField(() => [CategoryModel], {
    description: 'The categories of categoryCodes, with their labels',
  })
  categories(need: CollectiveNeedModel): CategoryModel[] {
    return categoriesOf(need.categoryCodes);
  }
}
