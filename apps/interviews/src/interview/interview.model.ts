import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import { InterviewStatus } from './interview-status';

@ObjectType('Interview', { description: 'One structured interview of one organization' })
export class InterviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The zone the organization was in when interviewed',
  })
  zoneId: string | null;

  @Field(() => InterviewStatus)
  status: InterviewStatus;

  @Field(() => String, { nullable: true, description: 'Day it is planned for (ISO 8601 date)' })
  plannedFor: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('InterviewConnection')
export class InterviewConnection extends ConnectionType(InterviewModel) {}
