import { Directive, Field, ObjectType } from '@nestjs/graphql';
import {
  ALL_CATEGORIES,
  Category,
  CanonicalUnit,
  canonicalUnitOf,
  Dimension as DimensionCode,
} from '@symbiose/taxonomy';
import { DeclarationKind, Dimension, Theme } from './taxonomy-enums';

/** A value of the taxonomy, the same in every subgraph that returns one: hence shareable. */
@ObjectType('Category', { description: 'A category of needs and resources, under a theme' })
@Directive('@shareable')
export class CategoryModel {
  @Field({ description: 'Stable UPPER_SNAKE code, e.g. WASTE_CARDBOARD' })
  code: string;

  @Field(() => Theme)
  theme: Theme;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => Dimension)
  dimension: DimensionCode;

  @Field(() => String, {
    nullable: true,
    description: 'The unit annual quantities are given in: t, m3, MWh, h or unit; null for NONE',
  })
  canonicalUnit: CanonicalUnit | null;

  @Field({ description: 'Whether a declaration of the category may carry a European waste code' })
  isWaste: boolean;

  @Field({ description: 'One of the eleven collective needs of the programme' })
  collectiveNeed: boolean;

  @Field(() => [DeclarationKind], { description: 'The kinds of declaration it makes sense in' })
  declarationKinds: DeclarationKind[];

  @Field(() => [String], {
    description:
      'The six-digit codes of the European List of Waste it covers; empty unless isWaste',
  })
  wasteCodes: string[];
}

function toModel(category: Category): CategoryModel {
  return {
    code: category.code,
    theme: category.theme,
    labelFr: category.labelFr,
    labelEn: category.labelEn,
    dimension: category.dimension,
    canonicalUnit: canonicalUnitOf(category.dimension),
    isWaste: category.isWaste,
    collectiveNeed: category.collectiveNeed,
    declarationKinds: [...category.declarationKinds],
    wasteCodes: [...category.wasteCodes],
  };
}

/** Every category as the API gives it, theme by theme, as the taxonomy lists them. */
export const CATEGORY_MODELS: readonly CategoryModel[] = Object.freeze(ALL_CATEGORIES.map(toModel));

const CATEGORY_MODELS_BY_CODE: ReadonlyMap<string, CategoryModel> = new Map(
  CATEGORY_MODELS.map((category) => [category.code, category]),
);

/** The category of a code, from memory; undefined for a code the taxonomy no longer knows. */
export function categoryModelOf(code: string): CategoryModel | undefined {
  return CATEGORY_MODELS_BY_CODE.get(code);
}
