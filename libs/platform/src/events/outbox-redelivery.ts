import { DataSource, EntityManager } from 'typeorm';
import { ConsumingService, eventQueueName } from '@symbiose/contracts';
import { EventPublisher } from './event-publisher';
import {
  acknowledgeDeliveries,
  Delivery,
  postponeDeliveries,
  pruneAcknowledged,
} from './outbox-delivery';
import { DEFAULT_REDELIVER_AFTER_MS, toEnvelope } from './outbox-relay';
import { PollingLoop, Stopping } from './polling-loop';

export interface OutboxRedeliveryOptions {
  /** Name of the producing service, written in each envelope. */
  source: string;
  /** How long a subscriber has to acknowledge an event before it is checked on again. */
  redeliverAfterMs?: number;
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long an acknowledged delivery is kept, as the record of who recorded what and when. */
  retentionMs?: number;
  /** Called for each event published again because its job had left the subscriber's queue. */
  onRepublished?: (delivery: RepublishedDelivery) => void;
  onError?: (error: unknown) => void;
}

export interface RepublishedDelivery extends Delivery {
  type: string;
  /** How many times the event had been published to this subscriber before. */
  publishedBefore: number;
}

/** What one sweep found among the deliveries due for a check. */
export interface RedeliverySweep {
  /** Handled by the subscriber, whose acknowledgement was lost or is still queued. */
  completed: number;
  /** Gone from the subscriber's queue before it was handled (or long after): published again. */
  republished: number;
  /** Still waiting, running or failed in the subscriber's queue: checked again later. */
  pending: number;
}

const DEFAULT_POLL_INTERVAL_MS = 5000;
const DEFAULT_BATCH_SIZE = 200;
const DEFAULT_RETENTION_MS = 7 * 24 * 3600 * 1000;
const PRUNE_BATCH = 1000;

interface DueRow {
  event_id: string;
  subscriber: ConsumingService;
  republished: number;
  type: string;
  version: number;
  payload: unknown;
  occurred_at: Date;
}

/**
 * Keeps the promise that an event outlives Redis. Each delivery the relay recorded stays open
 * until its subscriber acknowledges the event (the consumer does, once the event is in its
 * inbox, through this service's acknowledgement queue). A delivery still open when due is
 * looked up in the subscriber's queue: a job still there is left to its consumer, a completed
 * one counts as acknowledged, and a missing one, lost by Redis or removed, is published again
 * under the same job id, which the consumer's inbox turns into a no-op if it had been handled.
 * Acknowledged deliveries are pruned after the retention. Deliveries are locked with SKIP
 * LOCKED, so several processes of a service can sweep.
 */
export class OutboxRedelivery {
  private readonly loop: PollingLoop;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly options: OutboxRedeliveryOptions,
  ) {
    this.loop = new PollingLoop(
      (stopping) => this.sweep(stopping),
      options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      options.onError,
    );
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /**
   * Checks every delivery due, batch after batch, then prunes; returns what it found. A stopping
   * loop ends it after the batch in hand: with a backlog of unacknowledged events (consumers
   * down) a sweep can last minutes.
   */
  async sweep(stopping: Stopping = () => false): Promise<RedeliverySweep> {
    const total: RedeliverySweep = { completed: 0, republished: 0, pending: 0 };
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    let checked: number;
    do {
      const found = await this.checkBatch(batchSize);
      total.completed += found.completed;
      total.republished += found.republished;
      total.pending += found.pending;
      checked = found.completed + found.republished + found.pending;
    } while (checked === batchSize && !stopping());
    const retentionMs = this.options.retentionMs ?? DEFAULT_RETENTION_MS;
    while (
      !stopping() &&
      (await pruneAcknowledged(this.dataSource.manager, retentionMs, PRUNE_BATCH)) > 0
    );
    return total;
  }

  /** Checks one batch of due deliveries in one transaction that holds them. */
  async checkBatch(batchSize: number): Promise<RedeliverySweep> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.lockDue(manager, batchSize);
      const completed: Delivery[] = [];
      const republished: Delivery[] = [];
      const pending: Delivery[] = [];
      // Asked together, the states come back in one round trip or so, not one per delivery.
      const states = await Promise.all(
        rows.map((row) => this.publisher.stateOf(eventQueueName(row.subscriber), row.event_id)),
      );
      for (const [index, row] of rows.entries()) {
        const delivery = { eventId: row.event_id, subscriber: row.subscriber };
        const queue = eventQueueName(row.subscriber);
        const state = states[index];
        if (state === 'completed') {
          completed.push(delivery);
        } else if (state === 'missing') {
          await this.publisher.publish(queue, this.envelopeOf(row));
          republished.push(delivery);
          this.options.onRepublished?.({
            ...delivery,
            type: row.type,
            publishedBefore: row.republished + 1,
          });
        } else {
          pending.push(delivery);
        }
      }
      const redeliverAfterMs = this.options.redeliverAfterMs ?? DEFAULT_REDELIVER_AFTER_MS;
      await acknowledgeDeliveries(manager, completed);
      await postponeDeliveries(manager, republished, redeliverAfterMs, true);
      await postponeDeliveries(manager, pending, redeliverAfterMs, false);
      return {
        completed: completed.length,
        republished: republished.length,
        pending: pending.length,
      };
    });
  }

  private lockDue(manager: EntityManager, batchSize: number): Promise<DueRow[]> {
    return manager.query(
      `SELECT d.event_id, d.subscriber, d.republished,
              e.type, e.version, e.payload, e.occurred_at
         FROM outbox_delivery d
         JOIN outbox_event e ON e.id = d.event_id
        WHERE d.acknowledged_at IS NULL AND d.due_at <= now()
        ORDER BY d.due_at
        LIMIT $1
        FOR UPDATE OF d SKIP LOCKED`,
      [batchSize],
    );
  }

  private envelopeOf(row: DueRow) {
    return toEnvelope(
      {
        id: row.event_id,
        type: row.type,
        version: row.version,
        payload: row.payload,
        occurredAt: row.occurred_at,
      },
      this.options.source,
    );
  }
}
