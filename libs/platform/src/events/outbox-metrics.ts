import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** How long a scrape may wait for PostgreSQL; a slow database must not hold `/metrics`. */
const OUTBOX_QUERY_TIMEOUT_MS = 1000;

interface OutboxBacklog {
  unpublished: number;
  lagSeconds: number;
}

async function readBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  return dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL statement_timeout = ${OUTBOX_QUERY_TIMEOUT_MS}`);
    const [row]: { unpublished: number; lag_seconds: number }[] = await manager.query(
      `SELECT count(*)::int AS unpublished,
              coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS lag_seconds
         FROM outbox_event WHERE published_at IS NULL`,
    );
    return { unpublished: row.unpublished, lagSeconds: row.lag_seconds };
  });
}

/**
 * `outbox_lag_seconds` (age of the oldest event the relay has not published, 0 when none) and
 * `outbox_unpublished_events`, read from the service's outbox at scrape time. When the query
 * fails or times out both read NaN for that scrape: never a reassuring 0.
 */
export function registerOutboxMetrics(registry: Registry, dataSource: DataSource): void {
  let backlog: Promise<OutboxBacklog | undefined> | undefined;
  // Both gauges are collected in one scrape: they share one query.
  const read = () => {
    backlog ??= readBacklog(dataSource)
      .catch(() => undefined)
      .finally(() => setImmediate(() => (backlog = undefined)));
    return backlog;
  };
  new Gauge({
    name: 'outbox_lag_seconds',
    help: 'Age of the oldest unpublished outbox event, in seconds (0 when none)',
    registers: [registry],
    async collect() {
      this.set((await read())?.lagSeconds ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'outbox_unpublished_events',
    help: 'Outbox events not yet published to their subscribers',
    registers: [registry],
    async collect() {
      this.set((await read())?.unpublished ?? Number.NaN);
    },
  });
}
