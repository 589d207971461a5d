import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Directory's Organization, as this subgraph refers to it: by its key. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationReference {
  @Field(() => ID)
  id: string;
}
