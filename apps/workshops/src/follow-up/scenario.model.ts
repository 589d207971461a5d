import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Scenario', { description: 'One way of implementing a synergy' })
export class ScenarioModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Euro cents' })
  costCents: number;

  @Field()
  expectedImpact: string;

  @Field(() => Date, { nullable: true, description: 'When a follow-up group chose it' })
  selectedAt: Date | null;

  @Field()
  createdAt: Date;
}
