import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Directory's Zone, as another subgraph knows it: by its key, to add fields to it. */
@ObjectType('Zone')
@Directive('@key(fields: "id")')
export class ZoneReference {
  @Field(() => ID)
  id: string;
}

/** Directory's Organization, as another subgraph knows it: by its key, to add fields to it. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationReference {
  @Field(() => ID)
  id: string;
}
