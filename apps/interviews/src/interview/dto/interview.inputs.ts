import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import GraphQLJSON from 'graphql-type-json';
import {
  ArrayMinSize,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsId, IsNotBlank, CalendarDayScalar } from '@symbiose/platform';

// The service trims these texts: one of spaces only must be refused here, not stored empty.

@InputType()
export class PlanInterviewInput {
  @Field(() => ID)
  @IsId()
  organizationId: string;

  @Field(() => CalendarDayScalar, { nullable: true })
  @IsOptional()
  plannedFor?: string;

  @Field({ description: 'Who conducts the interview' })
  @IsNotEmpty({ message: 'must not be empty' })
  @IsNotBlank()
  @MaxLength(200)
  interviewer: string;

  @Field(() => Int, { nullable: true, description: 'The latest version when not given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  gridVersion?: number;
}

@InputType()
export class AnswerInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  questionKey: string;

  @Field(() => GraphQLJSON, { description: 'A text, number, boolean, choice or list of choices' })
  @IsDefined({ message: 'must be given' })
  value: unknown;
}

@InputType()
export class RecordAnswerInput extends AnswerInput {
  @Field(() => ID)
  @IsId()
  interviewId: string;
}

@InputType()
export class CompleteInterviewInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => CalendarDayScalar, { nullable: true, description: 'Today when not given' })
  @IsOptional()
  conductedOn?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  notes?: string;
}

@InputType()
export class CancelInterviewInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @IsNotBlank()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class AmendInterviewInput {
  @Field(() => ID)
  @IsId()
  interviewId: string;

  @Field({ description: 'Why the completed interview is amended' })
  @IsNotEmpty({ message: 'must not be empty' })
  @IsNotBlank()
  @MaxLength(2000)
  reason: string;

  @Field(() => [AnswerInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers?: AnswerInput[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  notes?: string;

  @Field(() => CalendarDayScalar, { nullable: true })
  @IsOptional()
  conductedOn?: string;
}
