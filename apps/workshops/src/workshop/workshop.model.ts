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

  @Field(() => WorkshopStatus)
  status: WorkshopStatus;

  @Field()
  createdAt: Date;
}

@ObjectType('WorkshopConnection')
export class WorkshopConnection extends ConnectionType(WorkshopModel, 'Workshop') {}
