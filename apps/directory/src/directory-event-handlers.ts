import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@symbiose/contracts';
import { EventHandlerMap, EventHandlers, handlerOf } from '@symbiose/platform';
import { AuditLogService } from './audit/audit-log.service';
import { DeclarationEventsProjection } from './declaration-stats/declaration-events.projection';
import { webhookEventHandlers } from './webhook/webhook-fan-out';

/** Runs every handler given for each type, one after the other, in the event's one transaction. */
function combine(...sets: EventHandlerMap[]): EventHandlerMap {
  const types = new Set(sets.flatMap((set) => Object.keys(set)));
  return Object.fromEntries(
    [...types].map((type) => {
      const handlers = sets
        .map((set) => handlerOf(set, type))
        .filter((handler) => handler !== undefined);
      const runAll = async (event: EventEnvelope, manager: EntityManager) => {
        for (const handler of handlers) await handler(event, manager);
      };
      return [type, runAll];
    }),
  );
}

/**
 * Every event the directory consumes: declarations as figures, the services' audit entries, and
 * whatever webhooks subscribe to, as deliveries.
 */
@Injectable()
export class DirectoryEventHandlers implements EventHandlers {
  handlers(): EventHandlerMap {
    return combine(
      new DeclarationEventsProjection().handlers(),
      {
        'audit.recorded': (event, manager) => AuditLogService.store(manager, event),
      },
      webhookEventHandlers(),
    );
  }
}
