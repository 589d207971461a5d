import { Injectable } from '@nestjs/common';
import { EventHandler, EventHandlers } from '@symbiose/platform';
import {
  OrganizationEventType,
  organizationReplicaHandlers,
} from './organization-replica.projection';
import { ZoneEventType, zoneReplicaHandlers } from './zone-replica.projection';

/** For a service whose only consumed events are the directory's zones and organizations. */
@Injectable()
export class DirectoryReplicaProjection implements EventHandlers {
  handlers(): Record<OrganizationEventType | ZoneEventType, EventHandler> {
    return { ...organizationReplicaHandlers(), ...zoneReplicaHandlers() };
  }
}
