import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DeclarationFigures', {
  description:
    "What a zone's active organizations declared in their interviews, as the directory heard of it",
})
export class DeclarationFiguresModel {
  @Field(() => Int)
  needCount: number;

  @Field(() => Int)
  resourceCount: number;

  @Field(() => Float, { description: 'Resources declared in tonnes, a year' })
  resourceTonnes: number;
}
