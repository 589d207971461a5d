import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIMENSIONS, Dimension } from '@symbiose/taxonomy';
import { DeclarationKind, Theme } from '../declaration/declaration-enums';

const DimensionEnum = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, dimension]));
registerEnumType(DimensionEnum, {
  name: 'Dimension',
  description: 'What the quantities of a category measure; NONE: declared without a quantity',
});

@ObjectType('Category', { description: 'A category of needs and resources, under a theme' })
export class CategoryModel {
  @Field({ description: 'Stable UPPER_SNAKE code, e.g. WASTE_CARDBOARD' })
  code: string;

  @Field(() => Theme)
  theme: Theme;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => DimensionEnum)
  dimension: Dimension;

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
