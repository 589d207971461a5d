import { Gauge, Registry } from 'prom-client';
import { AuditJournal } from './audit-journal';

/**
 * `audit_unwritten_requests`: requests whose audit the database has not taken yet, by where it
 * waits (`kept="disk"`, the spool; `kept="memory"`, when the disk refused it too). Anything but 0
 * for longer than a replay interval means the database still refuses the entries.
 */
export function registerAuditMetrics(registry: Registry, journal: AuditJournal): void {
  new Gauge({
    name: 'audit_unwritten_requests',
    help: 'Requests whose audit waits to be written to the database, by where it is kept',
    labelNames: ['kept'],
    registers: [registry],
    async collect() {
      const { spooled, held } = await journal.unwritten();
      this.set({ kept: 'disk' }, spooled);
      this.set({ kept: 'memory' }, held);
    },
  });
}
