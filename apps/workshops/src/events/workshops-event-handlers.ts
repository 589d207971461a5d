import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  EventOf,
  EventType,
  InterviewCompletedV1,
  SynergiesObsoletedV1,
  SynergySnapshotV1,
} from '@symbiose/contracts';
import {
  OrganizationEventType,
  organizationReplicaHandlers,
  ZoneEventType,
  zoneReplicaHandlers,
} from '@symbiose/directory-replica';
import { EventHandlers, HandlersOf, upsertLatest } from '@symbiose/platform';

/** Keeps the replica of a synergy as of its latest event: retries may deliver them out of order. */
export function projectSynergy(
  manager: EntityManager,
  snapshot: SynergySnapshotV1,
  occurredAt: string,
): Promise<void> {
  return upsertLatest(
    manager,
    'synergy',
    'synergy_id',
    {
      synergy_id: snapshot.synergyId,
      kind: snapshot.kind,
      territory_id: snapshot.territoryId,
      zone_ids: snapshot.zoneIds,
      category_code: snapshot.categoryCode,
      status: snapshot.status,
      obsolete: snapshot.obsolete,
    },
    occurredAt,
  );
}

/**
 * Marks synergies obsolete unless the replica already reflects a later event
 * (a revival delivered first); their status and the rest stay as they were.
 */
export async function projectObsoleted(
  manager: EntityManager,
  { synergyIds }: SynergiesObsoletedV1,
  occurredAt: string,
): Promise<void> {
  await manager.query(
    `UPDATE synergy SET obsolete = true, source_occurred_at = $2, updated_at = now()
      WHERE synergy_id = ANY($1::uuid[]) AND source_occurred_at <= $2`,
    [synergyIds, occurredAt],
  );
}

/** The snapshots of a `synergy.detected`: one in version 1, a batch from version 2. */
function detectedSynergies(event: EventOf<'synergy.detected'>): SynergySnapshotV1[] {
  return event.version === 1 ? [event.payload] : event.payload.synergies;
}

/** Records who was interviewed where; an interview completes once, so the first record stands. */
export async function projectInterview(
  manager: EntityManager,
  interview: InterviewCompletedV1,
): Promise<void> {
  await manager.query(
    `INSERT INTO interviewed_organization (interview_id, organization_id, zone_id, conducted_on)
     VALUES ($1, $2, $3, $4) ON CONFLICT (interview_id) DO NOTHING`,
    [interview.interviewId, interview.organizationId, interview.zoneId, interview.conductedOn],
  );
}

type ConsumedEventType =
  | OrganizationEventType
  | ZoneEventType
  | Extract<
      EventType,
      | 'synergy.detected'
      | 'synergy.updated'
      | 'synergy.obsoleted'
      | 'synergy.status_changed'
      | 'interview.completed'
    >;

/**
 * The events the workshops consume: the directory's zones and organizations, the engine's
 * synergies and the completed interviews.
 */
@EventHandlers()
@Injectable()
export class WorkshopsEventHandlers implements EventHandlers {
  handlers(): HandlersOf<ConsumedEventType> {
    return {
      ...organizationReplicaHandlers(),
      ...zoneReplicaHandlers(),
      'synergy.detected': async (event, manager) => {
        for (const snapshot of detectedSynergies(event)) {
          await projectSynergy(manager, snapshot, event.occurredAt);
        }
      },
      'synergy.updated': async (event, manager) => {
        for (const snapshot of event.payload.synergies) {
          await projectSynergy(manager, snapshot, event.occurredAt);
        }
      },
      'synergy.obsoleted': (event, manager) =>
        projectObsoleted(manager, event.payload, event.occurredAt),
      'synergy.status_changed': (event, manager) =>
        projectSynergy(manager, event.payload, event.occurredAt),
      'interview.completed': (event, manager) => projectInterview(manager, event.payload),
    };
  }
}
