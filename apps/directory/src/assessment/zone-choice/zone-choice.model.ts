import { CalendarDayScalar } from '@symbiose/platform';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ZoneChoice', {
  description: "The zone a territory's steering committee chose to start with, and why",
})
export class ZoneChoiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  territoryId: string;

  @Field(() => ID)
  zoneId: string;

  @Field()
  rationale: string;

  @Field(() => CalendarDayScalar)
  decidedAt: string;

  @Field()
  recordedAt: Date;
}
