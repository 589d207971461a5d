import type { SynergySnapshotV1 } from '@symbiose/contracts';
import type { Synergy } from './synergy.entity';

/** A synergy as its events carry it. */
export function synergySnapshot(
  synergy: Pick<
    Synergy,
    | 'id'
    | 'kind'
    | 'territoryId'
    | 'zoneIds'
    | 'categoryCode'
    | 'theme'
    | 'score'
    | 'participants'
    | 'status'
    | 'obsolete'
  >,
): SynergySnapshotV1 {
  return {
    synergyId: synergy.id,
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
    status: synergy.status,
    obsolete: synergy.obsolete,
  };
}
