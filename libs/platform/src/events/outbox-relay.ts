import { DataSource, EntityManager } from 'typeorm';
import { eventQueueName, EventEnvelope, subscribersOf } from '@symbiose/contracts';
import { OutboxEvent } from './outbox-event.entity';
import { EventPublisher } from './event-publisher';
import { Delivery, recordDeliveries } from './outbox-delivery';
import { PollingLoop, Stopping } from './polling-loop';

export interface OutboxRelayOptions {
  /** Name of the producing service, written in each envelope. */
  source: string;
  batchSize?: number;
  /** The batch size once a full batch shows a backlog (after an import, a restart). */
  backlogBatchSize?: number;
  pollIntervalMs?: number;
  /** How long a subscriber has to acknowledge an event before the relay checks on it. */
  redeliverAfterMs?: number;
  onError?: (error: unknown) => void;
}

const DEFAULT_BATCH_SIZE = 100;
/**
 * A batch is one transaction and one pipelined `addBulk` per queue: 1,000 events (3,000 jobs for
 * three subscribers) keep both short while making the round trips few.
 */
const DEFAULT_BACKLOG_BATCH_SIZE = 1000;
const DEFAULT_POLL_INTERVAL_MS = 250;
/**
 * Long enough for a consumer keeping up to acknowledge (milliseconds), short enough that an
 * event Redis lost reaches its subscriber within the minute.
 */
export const DEFAULT_REDELIVER_AFTER_MS = 30_000;

export type OutboxEnvelopeSource = Pick<
  OutboxEvent,
  'id' | 'type' | 'version' | 'payload' | 'occurredAt'
>;

export function toEnvelope(row: OutboxEnvelopeSource, source: string): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    occurredAt: row.occurredAt.toISOString(),
    source,
    payload: row.payload,
  };
}

/**
 * Publishes unpublished outbox rows to their subscribers' queues, oldest
 * first, then marks them published in the same transaction that locked them.
 * A batch goes to each queue in one `addBulk` (a pipeline, one round trip).
 * A crash between publish and mark leaves the row unpublished: the next run
 * publishes it again under the same job id, and the consumers' inbox absorbs
 * any duplicate. Rows are locked with SKIP LOCKED, so several relays can run.
 *
 * Publishing is not delivering: Redis acknowledges a job it may still lose.
 * The same transaction records one delivery per subscriber, which stays open
 * until the subscriber acknowledges the event (see `OutboxRedelivery`).
 */
export class OutboxRelay {
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {
    this.loop = new PollingLoop(
      (stopping) => this.drain(stopping),
      options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      options.onError,
    );
  }

  /** Sweeps what a previous process left unpublished, then polls. */
  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Publishes one batch; returns how many events were published. */
  async publishBatch(batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await lockUnpublished(manager, batchSize);
      const deliveries: Delivery[] = rows.flatMap((row) =>
        subscribersOf(row.type).map((subscriber) => ({ eventId: row.id, subscriber })),
      );
      await recordDeliveries(
        manager,
        deliveries,
        this.options.redeliverAfterMs ?? DEFAULT_REDELIVER_AFTER_MS,
      );
      await this.publishToQueues(rows);
      if (rows.length > 0) {
        await manager.query(
          `UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::uuid[])`,
          [rows.map((row) => row.id)],
        );
      }
      return rows.length;
    });
  }

  /** Publishes until a batch is not full (or the loop stops), bigger batches while there is a backlog. */
  async drain(stopping: Stopping = () => false): Promise<number> {
    let total = 0;
    let batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    for (;;) {
      const published = await this.publishBatch(batchSize);
      total += published;
      if (published < batchSize || stopping()) return total;
      batchSize = this.options.backlogBatchSize ?? DEFAULT_BACKLOG_BATCH_SIZE;
    }
  }

  private async publishToQueues(rows: readonly OutboxEvent[]): Promise<void> {
    const byQueue = new Map<string, EventEnvelope[]>();
    for (const row of rows) {
      const envelope = toEnvelope(row, this.options.source);
      for (const subscriber of subscribersOf(row.type)) {
        const queueName = eventQueueName(subscriber);
        const envelopes = byQueue.get(queueName) ?? [];
        envelopes.push(envelope);
        byQueue.set(queueName, envelopes);
      }
    }
    await Promise.all(
      [...byQueue].map(([queueName, envelopes]) => this.publisher.publishAll(queueName, envelopes)),
    );
  }
}

function lockUnpublished(manager: EntityManager, batchSize: number): Promise<OutboxEvent[]> {
  return manager
    .getRepository(OutboxEvent)
    .createQueryBuilder('event')
    .where('event.publishedAt IS NULL')
    .orderBy('event.occurredAt', 'ASC')
    .addOrderBy('event.id', 'ASC')
    .limit(batchSize)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
}
