import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EnteredIndicatorValue', {
  description: 'A level entered by the facilitator; the latest per zone, grid and indicator counts',
})
export class EnteredIndicatorValueModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  zoneId: string;

  @Field(() => Int)
  gridVersion: number;

  @Field()
  indicatorKey: string;

  @Field(() => Int)
  level: number;

  @Field()
  justification: string;

  @Field()
  enteredAt: Date;
}
