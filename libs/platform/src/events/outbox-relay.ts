import { DataSource } from 'typeorm';
import { eventQueueName, EventEnvelope, subscribersOf } from '@symbiose/contracts';
import { OutboxEvent } from './outbox-event.entity';
import { EventPublisher } from './event-publisher';

export interface OutboxRelayOptions {
  /** Name of the producing service, written in each envelope. */
  source: string;
  batchSize?: number;
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_POLL_INTERVAL_MS = 250;

function toEnvelope(row: OutboxEvent, source: string): EventEnvelope {
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
 * A crash between publish and mark leaves the row unpublished: the next run
 * publishes it again under the same job id, and the consumers' inbox absorbs
 * any duplicate. Rows are locked with SKIP LOCKED, so several relays can run.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** Sweeps what a previous process left unpublished, then polls. */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes one batch; returns how many events were published. */
  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('event')
        .where('event.publishedAt IS NULL')
        .orderBy('event.occurredAt', 'ASC')
        .addOrderBy('event.id', 'ASC')
        .limit(this.options.batchSize ?? DEFAULT_BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        const envelope = toEnvelope(row, this.options.source);
        for (const subscriber of subscribersOf(row.type)) {
          await this.publisher.publish(eventQueueName(subscriber), envelope);
        }
      }
      if (rows.length > 0) {
        await manager.update(
          OutboxEvent,
          rows.map((row) => row.id),
          { publishedAt: new Date() },
        );
      }
      return rows.length;
    });
  }

  /** Publishes until nothing is left. */
  async drain(): Promise<number> {
    let total = 0;
    for (
      let published = await this.publishBatch();
      published > 0;
      published = await this.publishBatch()
    ) {
      total += published;
    }
    return total;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => this.options.onError?.(error))
        .finally(() => this.schedule(this.options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS));
    }, delayMs);
  }
}
