import { EntityManager } from 'typeorm';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new Error(`upsertLatest: ${name} is not a plain SQL identifier`);
  return name;
}

/**
 * Stores a row of a read model as of an event, unless the row already reflects
 * a later one: retries deliver events out of order, and the latest snapshot
 * wins. The table has the key column, the given columns, `source_occurred_at`
 * and `updated_at`.
 */
export async function upsertLatest(
  manager: EntityManager,
  table: string,
  key: string,
  row: Record<string, unknown>,
  occurredAt: string,
): Promise<void> {
  const columns = Object.keys(row).map(identifier);
  const updates = columns.filter((column) => column !== key);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  await manager.query(
    `INSERT INTO ${identifier(table)} (${columns.join(', ')}, source_occurred_at, updated_at)
     VALUES (${placeholders.join(', ')}, $${columns.length + 1}, now())
     ON CONFLICT (${identifier(key)}) DO UPDATE SET
       ${updates.map((column) => `${column} = EXCLUDED.${column}`).join(',\n       ')},
       source_occurred_at = EXCLUDED.source_occurred_at,
       updated_at = now()
     WHERE ${table}.source_occurred_at <= EXCLUDED.source_occurred_at`,
    [...Object.values(row), occurredAt],
  );
}
