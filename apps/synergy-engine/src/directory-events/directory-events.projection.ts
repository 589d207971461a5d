import { Injectable } from '@nestjs/common';
import { EventType, OrganizationSnapshotV1, ZoneSnapshotV1 } from '@symbiose/contracts';
import { EventHandler, EventHandlers } from '@symbiose/platform';
import { projectOrganization } from '../organization/organization.projection';
import { projectZone } from '../zone/zone.projection';

export type ProjectedEventType = Extract<EventType, `organization.${string}` | `zone.${string}`>;

/**
 * Keeps the engine's read model of zones and organizations up to date from
 * directory's events. Each effect runs in the transaction that records the
 * event in the inbox, through the manager it is given. The consumer has
 * checked each payload against its contract before calling.
 */
@Injectable()
export class DirectoryEventsProjection implements EventHandlers {
  handlers(): Record<ProjectedEventType, EventHandler> {
    const organization: EventHandler = (event, manager) =>
      projectOrganization(manager, event.payload as OrganizationSnapshotV1, event.occurredAt);
    const zone: EventHandler = (event, manager) =>
      projectZone(manager, event.payload as ZoneSnapshotV1, event.occurredAt);
    return {
      'organization.registered': organization,
      'organization.updated': organization,
      'organization.archived': organization,
      'zone.created': zone,
      'zone.updated': zone,
    };
  }
}
