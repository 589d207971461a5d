import { Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { SynergyCopyCheck, SynergyCopyCheckResult } from './synergy-copy-check';

@ObjectType('SynergyCopyCheck', {
  description:
    'What a comparison of the workshops’ copy of the synergies with the engine’s found and repaired',
})
export class SynergyCopyCheckModel implements SynergyCopyCheckResult {
  @Field(() => Int)
  territoriesChecked: number;

  @Field(() => Int, { description: 'Territories whose copy differed from the engine' })
  territoriesDiffering: number;

  @Field(() => Int)
  synergiesRepaired: number;

  @Field(() => Int, {
    description: 'Synergies of the copy the engine does not have, left as they are',
  })
  synergiesUnknownToEngine: number;

  @Field({ description: 'Whether every territory’s copy equals the engine’s once repaired' })
  consistent: boolean;

  @Field(() => Int)
  durationMs: number;
}

@Resolver()
export class SynergyCopyCheckResolver {
  constructor(private readonly copyCheck: SynergyCopyCheck) {}

  @Mutation(() => SynergyCopyCheckModel, {
    description:
      'ADMIN: compares the workshops’ copy of the synergies with the engine’s now, and repairs what differs (also done every SYNERGY_COPY_CHECK_MS)',
  })
  checkSynergyCopy(): Promise<SynergyCopyCheckResult> {
    return this.copyCheck.check();
  }
}
