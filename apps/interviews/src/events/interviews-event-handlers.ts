import { Injectable } from '@nestjs/common';
import {
  OrganizationEventType,
  organizationReplicaHandlers,
  ZoneEventType,
  zoneReplicaHandlers,
} from '@symbiose/directory-replica';
import { EventHandler, EventHandlers, HandlersOf } from '@symbiose/platform';

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
      <T extends OrganizationEventType>(project: EventHandler<T>): EventHandler<T> =>
      async (event, manager) => {
        await project(event, manager);
        const { organizationId, siret } = event.payload;
        await manager.query(
          `UPDATE organization SET siret = $2
           WHERE organization_id = $1 AND siret IS DISTINCT FROM $2`,
          [organizationId, siret],
        );
      };
    return {
      'organization.registered': withSiret(replica['organization.registered']),
      'organization.updated': withSiret(replica['organization.updated']),
      'organization.archived': withSiret(replica['organization.archived']),
      ...zoneReplicaHandlers(),
    };
  }
}
