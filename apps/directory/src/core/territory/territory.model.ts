import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';

@ObjectType('Territory', { description: "A local authority's area, such as the Grand Cahors" })
export class TerritoryModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;
}

@ObjectType('TerritoryConnection')
export class TerritoryConnection extends ConnectionType(TerritoryModel, 'Territory') {}
