import type { SynergySnapshotV1 } from '@symbiose/contracts';
import type { Synergy } from './synergy.entity';

/**
 * A synergy as its events carry it: what a recompute found and the row's state. The two come
 * apart because a recompute announces hundreds of thousands of synergies, and merging each
 * content with its state into one object first showed in its profile.
 */
export function synergySnapshot(
  synergy: Pick<
    Synergy,
    'kind' | 'territoryId' | 'zoneIds' | 'categoryCode' | 'theme' | 'score' | 'participants'
  >,
  state: Pick<Synergy, 'id' | 'status' | 'obsolete'>,
): SynergySnapshotV1 {
  return {
    synergyId: state.id,
    kind: synergy.kind,
    territoryId: synergy.territoryId,
    zoneIds: synergy.zoneIds,
    categoryCode: synergy.categoryCode,
    theme: synergy.theme,
    score: synergy.score,
    participants: synergy.participants.map(({ organizationId, role }) => ({
      organizationId,
      role,
    })),
    status: state.status,
    obsolete: state.obsolete,
  };
}
