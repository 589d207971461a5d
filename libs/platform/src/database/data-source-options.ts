import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { InboxEvent } from '../events/inbox-event.entity';
import { OutboxEvent } from '../events/outbox-event.entity';
import { AuditInTransactionSubscriber } from './audit-in-transaction.subscriber';

export interface ServiceDatabase {
  /** The PostgreSQL schema the service owns; no other service reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/**
 * Connection options of a service: its own schema, snake_case names, its
 * migrations (never `synchronize`), the outbox and inbox tables every
 * service has, and the audit of a mutation written in its own transaction.
 */
export function serviceDataSourceOptions(
  url: string,
  database: ServiceDatabase,
): DataSourceOptions {
  const entities = Array.isArray(database.entities)
    ? database.entities
    : Object.values(database.entities);
  return {
    type: 'postgres',
    url,
    schema: database.schema,
    entities: [...entities, OutboxEvent, InboxEvent],
    migrations: database.migrations,
    subscribers: [AuditInTransactionSubscriber],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    applicationName: `symbiose-${database.schema}`,
    // Hand-written SQL (migrations, reports) names tables without their schema.
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      options: `-c search_path="${database.schema}",public`,
    },
  };
}

/**
 * Creates the service's schema when missing (the migrations table lives in
 * it), then migrates. An advisory lock held for the whole run lets several
 * replicas start at once: one migrates, the others wait and find nothing to do.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`symbiose-migrations-${schema}`]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`symbiose-migrations-${schema}`]);
    await lock.release();
  }
}
