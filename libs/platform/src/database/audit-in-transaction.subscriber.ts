import {
  BeforeQueryEvent,
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

/** A statement that changes rows: a transaction of only reads and locks changes nothing. */
const WRITE = /^\s*(INSERT|UPDATE|DELETE|MERGE)\b|^\s*WITH\b[\s\S]*\b(INSERT|UPDATE|DELETE)\b/i;

/** The transactions that changed rows, until they end. */
const changing = new WeakSet<QueryRunner>();
/** The transaction that wrote each entry, until it has committed for good. */
const writers = new WeakMap<PendingAudit, QueryRunner>();

/**
 * Writes the audit of the mutation being resolved in the first transaction that commits a change
 * of it, through that transaction's own connection: the change and its audit commit together, or
 * neither does. A transaction rolled back after writing it hands it back to the next, or to the
 * audit written once the request is answered.
 */
@EventSubscriber()
export class AuditInTransactionSubscriber implements EntitySubscriberInterface {
  beforeQuery(event: BeforeQueryEvent): void {
    const runner = event.queryRunner;
    if (resolvingAudit() && runner.isTransactionActive && WRITE.test(event.query)) {
      changing.add(runner);
    }
  }

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
    if (!pending || pending.written || !changing.has(event.queryRunner)) return;
    await insertAuditEvents(event.manager, [
      auditEvent({ eventId: pending.eventId, entry: committedEntry(pending) }),
    ]);
    pending.written = true;
    writers.set(pending, event.queryRunner);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A savepoint released is still undone by its transaction's rollback.
    if (event.queryRunner.isTransactionActive) return;
    changing.delete(event.queryRunner);
    const pending = resolvingAudit();
    if (pending && writers.get(pending) === event.queryRunner) writers.delete(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) changing.delete(event.queryRunner);
    const pending = resolvingAudit();
    if (pending && writers.get(pending) === event.queryRunner) {
      // Perhaps only a savepoint was undone: writing again under the same id adds nothing then.
      pending.written = false;
      writers.delete(pending);
    }
  }
}
