import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** The synergy engine's Synergy, as this subgraph knows it: by its key, to add fields to it. */
@ObjectType('Synergy')
@Directive('@key(fields: "id")')
export class SynergyReference {
  @Field(() => ID)
  id: string;
}
