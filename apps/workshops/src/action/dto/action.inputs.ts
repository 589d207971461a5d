import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, PageArgs, Trim } from '@symbiose/platform';
import { ActionCarrier, ActionStatus, Theme } from '../action-enums';

const UUID = { message: 'must be a UUID' };
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

@InputType()
export class ProposeActionInput {
  @Field(() => ID)
  @IsUUID('all', UUID)
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
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  synergyIds?: string[];

  @Field(() => ActionCarrier)
  @IsEnum(ActionCarrier)
  carrier: ActionCarrier;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', UUID)
  ownerOrganizationId?: string;
}

@InputType()
export class ChangeActionStatusInput {
  @Field(() => ID)
  @IsUUID('all', UUID)
  id: string;

  @Field(() => ActionStatus, { description: 'One step forward, or DROPPED' })
  @IsEnum(ActionStatus)
  status: ActionStatus;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', UUID)
  actionId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  dueOn: string;
}

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', UUID)
  id: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  completedOn: string;
}

@ArgsType()
export class ActionsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', UUID)
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
