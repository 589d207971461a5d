import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** How long a scrape may wait for PostgreSQL; a slow database must not hold `/metrics`. */
const OUTBOX_QUERY_TIMEOUT_MS = 1000;

interface OutboxBacklog {
  unpublished: number;
  lagSeconds: number;
}

interface DeliveryBacklog {
  subscriber: string;
  unacknowledged: number;
  oldestSeconds: number;
}

async function withinScrapeTime<T>(dataSource: DataSource, sql: string): Promise<T[]> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL statement_timeout = ${OUTBOX_QUERY_TIMEOUT_MS}`);
    return manager.query(sql);
  });
}

async function readBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = await withinScrapeTime<{ unpublished: number; lag_seconds: number }>(
    dataSource,
    `SELECT count(*)::int AS unpublished,
            coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS lag_seconds
       FROM outbox_event WHERE published_at IS NULL`,
  );
  return { unpublished: row.unpublished, lagSeconds: row.lag_seconds };
}

async function readDeliveryBacklog(dataSource: DataSource): Promise<DeliveryBacklog[]> {
  const rows = await withinScrapeTime<{
    subscriber: string;
    unacknowledged: number;
    oldest_seconds: number;
  }>(
    dataSource,
    `SELECT subscriber, count(*)::int AS unacknowledged,
            extract(epoch FROM now() - min(published_at))::float8 AS oldest_seconds
       FROM outbox_delivery WHERE acknowledged_at IS NULL GROUP BY subscriber`,
  );
  return rows.map((row) => ({
    subscriber: row.subscriber,
    unacknowledged: row.unacknowledged,
    oldestSeconds: row.oldest_seconds,
  }));
}

/** One read per scrape for the gauges that share it; `undefined` when it failed. */
function onePerScrape<T>(read: () => Promise<T>): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () => {
    pending ??= read()
      .catch(() => undefined)
      .finally(() => setImmediate(() => (pending = undefined)));
    return pending;
  };
}

/** What the outbox's relays count as they go. */
export interface OutboxCounters {
  republished: Counter<'subscriber'>;
}

/**
 * `outbox_lag_seconds` (age of the oldest event the relay has not published, 0 when none) and
 * `outbox_unpublished_events`, read from the service's outbox at scrape time. When the query
 * fails or times out both read NaN for that scrape: never a reassuring 0.
 *
 * By subscriber, the deliveries it has not acknowledged (`outbox_unacknowledged_deliveries`,
 * the age of the oldest in `outbox_unacknowledged_oldest_seconds`; a subscriber with none has
 * no series) and the events published to it again (`outbox_republished_events_total`).
 */
export function registerOutboxMetrics(registry: Registry, dataSource: DataSource): OutboxCounters {
  const backlog = onePerScrape(() => readBacklog(dataSource));
  new Gauge({
    name: 'outbox_lag_seconds',
    help: 'Age of the oldest unpublished outbox event, in seconds (0 when none)',
    registers: [registry],
    async collect() {
      this.set((await backlog())?.lagSeconds ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'outbox_unpublished_events',
    help: 'Outbox events not yet published to their subscribers',
    registers: [registry],
    async collect() {
      this.set((await backlog())?.unpublished ?? Number.NaN);
    },
  });
  const deliveries = onePerScrape(() => readDeliveryBacklog(dataSource));
  const perSubscriber = (name: string, help: string, value: (row: DeliveryBacklog) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['subscriber'],
      registers: [registry],
      async collect() {
        this.reset();
        for (const row of (await deliveries()) ?? []) {
          this.set({ subscriber: row.subscriber }, value(row));
        }
      },
    });
  perSubscriber(
    'outbox_unacknowledged_deliveries',
    'Outbox events published to a subscriber that it has not acknowledged yet',
    (row) => row.unacknowledged,
  );
  perSubscriber(
    'outbox_unacknowledged_oldest_seconds',
    'Age of the oldest event a subscriber has not acknowledged, in seconds, since first published',
    (row) => row.oldestSeconds,
  );
  return {
    republished: new Counter({
      name: 'outbox_republished_events_total',
      help: 'Outbox events published again to a subscriber whose queue no longer held their job',
      labelNames: ['subscriber'],
      registers: [registry],
    }),
  };
}
