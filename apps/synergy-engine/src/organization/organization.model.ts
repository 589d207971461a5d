import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Directory's Organization, as this subgraph knows it: by its key, to add fields to it. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationReference {
  @Field(() => ID)
  id: string;
}
