import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, Trim } from '@symbiose/platform';

@ArgsType()
export class RecordZoneChoiceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  territoryId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  zoneId: string;

  @Field({ description: "The committee's reasons" })
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  rationale: string;

  @Field({ description: 'The day of the decision, YYYY-MM-DD; not in the future' })
  @IsCalendarDate()
  decidedAt: string;
}
