import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { IsId, Trim, CalendarDayScalar } from '@symbiose/platform';

@ArgsType()
export class RecordZoneChoiceArgs {
  @Field(() => ID)
  @IsId()
  territoryId: string;

  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field({ description: "The committee's reasons" })
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  rationale: string;

  @Field(() => CalendarDayScalar, { description: 'The day of the decision; not in the future' })
  decidedAt: string;
}
