import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';

@ObjectType('AuditEntry', { description: 'One mutation a service received' })
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The service that received it' })
  service: string;

  @Field({ description: 'Who asked: the subject of the token' })
  subject: string;

  @Field(() => [String])
  roles: string[];

  @Field({ description: 'The mutation: changeSynergyStatus …' })
  operation: string;

  @Field(() => String, { nullable: true })
  operationName: string | null;

  @Field(() => String, { nullable: true })
  entityType: string | null;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field({ description: 'SUCCESS, or the code of the error it ended with' })
  outcome: string;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  at: Date;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionType(AuditEntryModel, 'AuditEntry') {}
