import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganizationSnapshotV1 } from '@symbiose/contracts';
import {
  OrganizationEventType,
  organizationReplicaHandlers,
  OrganizationSnapshotEventType,
  ZoneEventType,
  zoneReplicaHandlers,
} from '@symbiose/directory-replica';
import { EventHandler, EventHandlers, HandlersOf } from '@symbiose/platform';

/** Keeps the SIRET of the organizations named, as their snapshots give it. */
async function recordSirets(
  manager: EntityManager,
  organizations: readonly Pick<OrganizationSnapshotV1, 'organizationId' | 'siret'>[],
): Promise<void> {
  await manager.query(
    `UPDATE organization SET siret = given.siret
       FROM unnest($1::uuid[], $2::text[]) AS given(organization_id, siret)
      WHERE organization.organization_id = given.organization_id
        AND organization.siret IS DISTINCT FROM given.siret`,
    [organizations.map((o) => o.organizationId), organizations.map((o) => o.siret)],
  );
}

/**
 * The directory's zones and organizations, as every replica keeps them, and the organizations'
 * SIRET, which the interviews keep beside the shared columns: a declarations import names
 * organizations by it. A SIRET never changes, so the latest event's is every event's.
 */
@EventHandlers()
@Injectable()
export class InterviewsEventHandlers implements EventHandlers {
  handlers(): HandlersOf<OrganizationEventType | ZoneEventType> {
    const replica = organizationReplicaHandlers();
    const withSiret =
      <T extends OrganizationSnapshotEventType>(project: EventHandler<T>): EventHandler<T> =>
      async (event, manager) => {
        await project(event, manager);
        await recordSirets(manager, [event.payload]);
      };
    return {
      'organization.registered': withSiret(replica['organization.registered']),
      'organization.updated': withSiret(replica['organization.updated']),
      'organization.archived': withSiret(replica['organization.archived']),
      'organization.imported': async (event, manager) => {
        await replica['organization.imported'](event, manager);
        await recordSirets(
          manager,
          event.payload.changes.map((change) => change.organization),
        );
      },
      ...zoneReplicaHandlers(),
    };
  }
}
