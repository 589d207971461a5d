import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Theme } from './declaration-enums';

@ObjectType('NeedsSummaryByTheme')
export class NeedsSummaryByThemeModel {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => Int)
  needCount: number;

  @Field(() => Int)
  resourceCount: number;
}

@ObjectType('NeedsSummaryByCategory')
export class NeedsSummaryByCategoryModel {
  @Field()
  categoryCode: string;

  @Field()
  labelFr: string;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => Int)
  needCount: number;

  @Field(() => Int)
  resourceCount: number;
}

@ObjectType('NeedsSummary', {
  description: 'Active needs and resources of the active organizations now in a zone',
})
export class NeedsSummaryModel {
  @Field(() => Int)
  needCount: number;

  @Field(() => Int)
  resourceCount: number;

  @Field(() => [NeedsSummaryByThemeModel], { description: 'Every theme, zeros included' })
  byTheme: NeedsSummaryByThemeModel[];

  @Field(() => [NeedsSummaryByCategoryModel], {
    description: 'Categories declared at least once, most needs first, then by code',
  })
  byCategory: NeedsSummaryByCategoryModel[];
}
