import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, CalendarDayScalar } from '@symbiose/platform';
import { GridQuestionModel } from '../interview-grid/interview-grid.model';
import { InterviewStatus } from './interview-status';

@ObjectType('InterviewAnswer')
export class InterviewAnswerModel {
  @Field()
  questionKey: string;

  @Field(() => GridQuestionModel, {
    nullable: true,
    description: 'The question of the interview’s grid version that the answer answers',
  })
  question: GridQuestionModel | null;

  @Field(() => GraphQLJSON, {
    description: 'The answer as recorded; read it typed from the field of its question’s type',
  })
  value: unknown;

  @Field(() => String, { nullable: true, description: 'The answer to a TEXT question' })
  textValue: string | null;

  @Field(() => Float, { nullable: true, description: 'The answer to a NUMBER question' })
  numberValue: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The answer to a BOOLEAN question' })
  booleanValue: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The value chosen for a CHOICE question, the values for a MULTI_CHOICE one',
  })
  choiceValues: string[] | null;

  @Field()
  recordedAt: Date;
}

@ObjectType('InterviewAmendment', {
  description: 'A change to a completed interview: the values before and after, and why',
})
export class InterviewAmendmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  reason: string;

  @Field(() => GraphQLJSON)
  before: unknown;

  @Field(() => GraphQLJSON)
  after: unknown;

  @Field()
  amendedAt: Date;
}

@ObjectType('Interview', { description: 'One structured interview of one organization' })
export class InterviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => Int)
  gridVersion: number;

  @Field(() => InterviewStatus)
  status: InterviewStatus;

  @Field(() => CalendarDayScalar, { nullable: true })
  plannedFor: string | null;

  @Field(() => CalendarDayScalar, { nullable: true })
  conductedOn: string | null;

  @Field()
  interviewer: string;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('InterviewConnection')
export class InterviewConnection extends ConnectionType(InterviewModel, 'Interview') {}
