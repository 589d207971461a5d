import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CategoryModel, categoryModelOf } from '@symbiose/taxonomy-graphql';
import { Action } from './action.entity';
import { ActionModel } from './action.model';

/** The collective need an action answers, as a category with its labels, from the taxonomy. */
@Resolver(() => ActionModel)
export class ActionCategoryResolver {
  @ResolveField(() => CategoryModel, {
    nullable: true,
    description: 'The category of categoryCode; null without one',
  })
  category(@Parent() action: Action): CategoryModel | null {
    return action.categoryCode ? (categoryModelOf(action.categoryCode) ?? null) : null;
  }
}
