import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate, IsId } from '@symbiose/platform';

@ArgsType()
export class ActionPlanArgs {
  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({
    nullable: true,
    description: 'YYYY-MM-DD: the day milestones are late from; today when not given',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
