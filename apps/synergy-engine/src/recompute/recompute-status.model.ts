import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecomputeState } from '../synergy/synergy-enums';

@ObjectType('RecomputeStatus')
export class RecomputeStatusModel {
  @Field(() => ID)
  zoneId: string;

  @Field(() => RecomputeState)
  state: RecomputeState;

  @Field(() => Date, { nullable: true })
  lastComputedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Of the last finished recompute' })
  lastDurationMs: number | null;

  @Field(() => Int, { description: 'Requests since the last recompute read its input' })
  pendingRequests: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;
}
