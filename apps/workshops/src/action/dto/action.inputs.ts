import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { AreIds, IsId, PageArgs, Trim, CalendarDayScalar } from '@symbiose/platform';
import { ActionCarrier, ActionStatus, Theme } from '../action-enums';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

@InputType()
export class ProposeActionInput {
  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field(() => Int, { description: 'The year of the action plan it belongs to' })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  description?: string;

  @Field(() => Theme)
  @IsEnum(Theme)
  theme: Theme;

  @Field({
    nullable: true,
    description: 'The collective need it answers: a taxonomy category of its theme',
  })
  @IsOptional()
  @IsString()
  categoryCode?: string;

  @Field(() => [ID], { nullable: true, description: 'Synergies the engine has detected' })
  @IsOptional()
  @AreIds()
  synergyIds?: string[];

  @Field(() => ActionCarrier)
  @IsEnum(ActionCarrier)
  carrier: ActionCarrier;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  ownerOrganizationId?: string;
}

@InputType()
export class ChangeActionStatusInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => ActionStatus, { description: 'One step forward, or DROPPED' })
  @IsEnum(ActionStatus)
  status: ActionStatus;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsId()
  actionId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @Field(() => CalendarDayScalar)
  dueOn: string;
}

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => CalendarDayScalar)
  completedOn: string;
}

@ArgsType()
export class ActionsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => ActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;
}
