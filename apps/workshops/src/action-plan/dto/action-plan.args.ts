import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsId, CalendarDayScalar } from '@symbiose/platform';

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

  @Field(() => CalendarDayScalar, {
    nullable: true,
    description: 'The day milestones are late from; today when not given',
  })
  @IsOptional()
  asOf?: string;
}
