import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import { WorkshopKind, WorkshopStatus } from './workshop-enums';

@ObjectType('Workshop', { description: 'An event of the programme in a zone' })
export class WorkshopModel {
  @Field(() => ID)
  id: string;

  @Field(() => WorkshopKind)
  kind: WorkshopKind;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  agenda: string | null;

  @Field(() => String, { nullable: true, description: 'Written once the workshop is held' })
  minutes: string | null;

  @Field(() => WorkshopStatus)
  status: WorkshopStatus;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('WorkshopConnection')
export class WorkshopConnection extends ConnectionType(WorkshopModel, 'Workshop') {}

@ObjectType('WorkshopAttendance', { description: 'One person at a workshop' })
export class WorkshopAttendanceModel {
  @Field(() => ID)
  id: string;

  @Field()
  personName: string;

  @Field(() => String, { nullable: true })
  role: string | null;
}

@ObjectType('WorkshopDecision')
export class WorkshopDecisionModel {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field()
  recordedAt: Date;
}
