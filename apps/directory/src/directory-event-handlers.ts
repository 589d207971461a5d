import { Injectable } from '@nestjs/common';
import { AuditRecordedV1, EventEnvelope } from '@symbiose/contracts';
import { EventHandler, EventHandlers } from '@symbiose/platform';
import { AuditLogService } from './audit/audit-log.service';
import { DeclarationEventsProjection } from './declaration-stats/declaration-events.projection';
import { webhookEventHandlers } from './webhook/webhook-fan-out';

/** Runs every handler given for each type, one after the other, in the event's one transaction. */
function combine(...sets: Record<string, EventHandler>[]): Record<string, EventHandler> {
  const byType = new Map<string, EventHandler[]>();
  for (const [type, handler] of sets.flatMap((set) => Object.entries(set))) {
    byType.set(type, [...(byType.get(type) ?? []), handler]);
  }
  return Object.fromEntries(
    [...byType].map(([type, handlers]) => [
      type,
      async (event, manager) => {
        for (const handler of handlers) await handler(event, manager);
      },
    ]),
  );
}

/**
 * Every event the directory consumes: declarations as figures, the services' audit entries, and
 * whatever webhooks subscribe to, as deliveries.
 */
@Injectable()
export class DirectoryEventHandlers implements EventHandlers {
  handlers(): Record<string, EventHandler> {
    return combine(
      new DeclarationEventsProjection().handlers(),
      {
        'audit.recorded': (event, manager) =>
          AuditLogService.store(manager, event as EventEnvelope<string, AuditRecordedV1>),
      },
      webhookEventHandlers(),
    );
  }
}
