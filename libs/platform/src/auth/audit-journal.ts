import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditRecordedV1, CURRENT_VERSION, validatePayload } from '@symbiose/contracts';
import { OutboxEvent } from '../events/outbox-event.entity';
import { PollingLoop } from '../events/polling-loop';
import { AuditSpool, SpooledAuditEvent, SpoolFileSetAside } from './audit-spool';

const AUDIT_EVENT = 'audit.recorded';

/** An audit entry and the event id it keeps through every write. */
export interface AuditToWrite {
  eventId: string;
  entry: AuditRecordedV1;
}

/** The outbox event of an entry, its payload checked against the current contract. */
export function auditEvent({ eventId, entry }: AuditToWrite): SpooledAuditEvent {
  const version = CURRENT_VERSION[AUDIT_EVENT];
  return {
    id: eventId,
    version,
    occurredAt: entry.at,
    payload: validatePayload(AUDIT_EVENT, version, entry),
  };
}

/** Inserts audit events into the outbox through `manager`; an id the outbox holds is skipped. */
export async function insertAuditEvents(
  manager: EntityManager,
  events: readonly SpooledAuditEvent[],
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxEvent)
    .values(
      events.map((event) => ({
        id: event.id,
        type: AUDIT_EVENT,
        version: event.version,
        payload: event.payload as object,
        occurredAt: new Date(event.occurredAt),
        publishedAt: null,
      })),
    )
    .orIgnore()
    .callListeners(false)
    .execute();
}

/**
 * Writes to the service's outbox the audit that no transaction of the mutation wrote (a mutation
 * refused or failed, or one that wrote nothing in a transaction), and keeps what the database
 * refused until it takes it. Each event comes with its id, fixed before the mutation ran, and
 * keeps it through every retry: the outbox ignores an id it already holds (a write that committed but whose answer
 * was lost), and the directory's inbox a redelivered one, so an entry is stored exactly once.
 *
 * What the database refuses is spooled to local disk before the request is answered, then
 * replayed at start and every `replayIntervalMs`. Only when the disk refuses too are events held
 * in memory, retried the same way, and lost if the process dies before the database is back.
 */
export class AuditJournal {
  private readonly logger = new Logger('MutationAudit');
  private readonly held: SpooledAuditEvent[][] = [];
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly spool: AuditSpool,
    replayIntervalMs: number,
  ) {
    this.loop = new PollingLoop(
      async () => {
        const written = await this.replay();
        if (written > 0) this.logger.log(`replayed the audit of ${written} mutation(s)`);
      },
      replayIntervalMs,
      (error) => this.logger.warn('audit replay postponed', error),
    );
  }

  /** Returns once the entries are in the outbox, or on local disk to be replayed. */
  async record(entries: readonly AuditToWrite[]): Promise<void> {
    const events = entries.map(auditEvent);
    try {
      await this.insert(events);
      return;
    } catch (error) {
      this.logger.warn(`audit of ${operations(events)} spooled: the database refused it`, error);
    }
    try {
      await this.spool.write(events);
    } catch (error) {
      this.logger.error(`audit of ${operations(events)} held in memory: spool refused it`, error);
      this.held.push(events);
    }
  }

  /** Replays what the previous process left, then keeps replaying while the service runs. */
  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** How many requests' audit waits on disk (NaN when the spool cannot be read) and in memory. */
  async unwritten(): Promise<{ spooled: number; held: number }> {
    const spooled = await this.spool.list().then(
      (names) => names.length,
      () => Number.NaN,
    );
    return { spooled, held: this.held.length };
  }

  /**
   * Writes what is held and spooled, oldest first, until the database refuses; returns how many
   * events were written.
   */
  async replay(): Promise<number> {
    let written = 0;
    while (this.held.length > 0) {
      await this.insert(this.held[0]);
      written += this.held.shift()!.length;
    }
    let names: string[];
    try {
      names = await this.spool.list();
    } catch (error) {
      this.logger.error(`audit spool ${this.spool.directory} cannot be read`, error);
      return written;
    }
    for (const name of names) {
      try {
        written += await this.replayFile(name);
      } catch (error) {
        if (!(error instanceof SpoolFileSetAside)) throw error;
        this.logger.error(error.message);
      }
    }
    return written;
  }

  private async replayFile(name: string): Promise<number> {
    const file = await this.spool.read(name);
    if (!file) return 0;
    try {
      if (file.events.length > 0) await this.insert(file.events);
    } catch (error) {
      // The database refused these rows, not the connection: no later try would do better.
      if (isRefusedData(error)) await this.spool.setAside(name, error);
      throw error;
    }
    await this.spool.remove(name);
    return file.events.length;
  }

  private insert(events: readonly SpooledAuditEvent[]): Promise<void> {
    return insertAuditEvents(this.dataSource.manager, events);
  }
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation). */
function isRefusedData(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code: unknown = (error.driverError as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

function operations(events: readonly SpooledAuditEvent[]): string {
  return events.map((event) => (event.payload as AuditRecordedV1).operation).join(', ');
}
