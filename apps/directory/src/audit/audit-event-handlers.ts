import { Injectable } from '@nestjs/common';
import { EventHandlers, HandlersOf } from '@symbiose/platform';
import { AuditLogService } from './audit-log.service';

/** The services' audit entries, into the log. */
@EventHandlers()
@Injectable()
export class AuditEventHandlers implements EventHandlers {
  constructor(private readonly log: AuditLogService) {}

  handlers(): HandlersOf<'audit.recorded'> {
    return { 'audit.recorded': (event, manager) => this.log.store(manager, event) };
  }
}
