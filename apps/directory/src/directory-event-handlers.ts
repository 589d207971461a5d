import { Injectable } from '@nestjs/common';
import { AuditRecordedV1, EventEnvelope } from '@symbiose/contracts';
import { EventHandler, EventHandlers } from '@symbiose/platform';
import { AuditLogService } from './audit/audit-log.service';
import { DeclarationEventsProjection } from './declaration-stats/declaration-events.projection';

/** Every event the directory consumes: declarations as figures, and the services' audit entries. */
@Injectable()
export class DirectoryEventHandlers implements EventHandlers {
  handlers(): Record<string, EventHandler> {
    return {
      ...new DeclarationEventsProjection().handlers(),
      'audit.recorded': (event, manager) =>
        AuditLogService.store(manager, event as EventEnvelope<string, AuditRecordedV1>),
    };
  }
}
