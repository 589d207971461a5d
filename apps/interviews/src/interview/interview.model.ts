import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, CalendarDayScalar } from '@symbiose/platform';
import { InterviewStatus } from './interview-status';

@ObjectType('InterviewAnswer')
export class InterviewAnswerModel {
  @Field()
  questionKey: string;

  @Field(() => GraphQLJSON)
  value: unknown;

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
