import {
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { committedEntry } from '../auth/audit-entries';
import { auditEvent, insertAuditEvents } from '../auth/audit-journal';
import { PendingAudit, resolvingAudit } from '../auth/audit-scope';

/** The transaction that wrote each entry, until it has committed for good. */
const writers = new WeakMap<PendingAudit, QueryRunner>();

/**
 * Writes the audit of the mutation being resolved in the transaction that commits its change,
 * through that transaction's own connection: the change and its audit commit together, or
 * neither does. Only the first transaction of a mutation writes it; one rolled back after
 * writing it leaves it to the next, or to the audit written once the request is answered.
 */
@EventSubscriber()
export class AuditInTransactionSubscriber implements EntitySubscriberInterface {
  /** A created entity's id, when the mutation answers with that type: its id is not an argument. */
  afterInsert(event: InsertEvent<unknown>): void {
    const pending = resolvingAudit();
    if (!pending || pending.insertedId !== null) return;
    const id = (event.entity as { id?: unknown } | undefined)?.id;
    if (event.metadata.name === pending.entry.entityType && typeof id === 'string') {
      pending.insertedId = id;
    }
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const pending = resolvingAudit();
    if (!pending || pending.written) return;
    await insertAuditEvents(event.manager, [
      auditEvent({ eventId: pending.eventId, entry: committedEntry(pending) }),
    ]);
    pending.written = true;
    writers.set(pending, event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const pending = resolvingAudit();
    // A savepoint released is still undone by its transaction's rollback.
    if (!pending || writers.get(pending) !== event.queryRunner) return;
    if (!event.queryRunner.isTransactionActive) writers.delete(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const pending = resolvingAudit();
    if (pending && writers.get(pending) === event.queryRunner) {
      // Perhaps only a savepoint was undone: writing again under the same id adds nothing then.
      pending.written = false;
      writers.delete(pending);
    }
  }
}
