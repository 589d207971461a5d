import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';

@ObjectType('ApiKey', {
  description: 'A partner system’s API key; the key itself is never shown again',
})
export class ApiKeyModel {
  @Field(() => ID)
  id: string;

  @Field()
  partnerId: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the key' })
  keyPrefix: string;

  @Field()
  createdBy: string;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field(() => ApiKeyModel)
  apiKey: ApiKeyModel;

  @Field({ description: 'The key: shown this once, stored only as a hash' })
  secret: string;
}

@ObjectType('ApiKeyConnection')
export class ApiKeyConnection extends ConnectionType(ApiKeyModel, 'ApiKey') {}
