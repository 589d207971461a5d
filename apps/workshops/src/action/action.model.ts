import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, CalendarDayScalar } from '@symbiose/platform';
import { ActionCarrier, ActionStatus, Theme } from './action-enums';

@ObjectType('ActionMilestone')
export class ActionMilestoneModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  actionId: string;

  @Field()
  title: string;

  @Field(() => CalendarDayScalar)
  dueOn: string;

  @Field(() => CalendarDayScalar, { nullable: true, description: 'Null until done' })
  completedOn: string | null;
}

@ObjectType('Action', { description: 'Something the programme decided to study or do in a zone' })
export class ActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The year of the action plan it belongs to' })
  year: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => String, { nullable: true, description: 'The collective need it answers' })
  categoryCode: string | null;

  @Field(() => ActionCarrier)
  carrier: ActionCarrier;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field()
  createdAt: Date;
}

@ObjectType('ActionConnection')
export class ActionConnection extends ConnectionType(ActionModel, 'Action') {}
