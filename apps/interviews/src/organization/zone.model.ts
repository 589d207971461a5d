import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Directory's Zone, as this subgraph knows it: by its key, to add fields to it. */
@ObjectType('Zone')
@Directive('@key(fields: "id")')
export class ZoneReference {
  @Field(() => ID)
  id: string;
}
