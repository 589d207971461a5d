import { Injectable } from '@nestjs/common';
import { EventType } from '@symbiose/contracts';
import { organizationReplicaHandlers, zoneReplicaHandlers } from '@symbiose/directory-replica';
import { EventHandlers, HandlersOf } from '@symbiose/platform';
import { declarationEventHandlers } from '../declaration/declaration.projection';

export type ProjectedEventType = Extract<
  EventType,
  `organization.${string}` | `zone.${string}` | `declaration.${string}`
>;

/**
 * Keeps the engine's read model up to date: zones and organizations from
 * directory's events, declarations from the interviews service's. Each effect
 * runs in the transaction that records the event in the inbox, through the
 * manager it is given. The consumer has checked each payload against its
 * contract before calling.
 */
@Injectable()
export class ReadModelProjection implements EventHandlers {
  handlers(): HandlersOf<ProjectedEventType> {
    return {
      ...organizationReplicaHandlers(),
      ...zoneReplicaHandlers(),
      ...declarationEventHandlers(),
    };
  }
}
