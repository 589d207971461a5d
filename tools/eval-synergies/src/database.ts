import { Client } from 'pg';

/** A database of its own, so that a run never fills the one `npm start` loads the demo into. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@localhost:5432/symbiose_eval_synergies';

/** Creates the database of `databaseUrl` when its server does not have it yet, as `npm start` does. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const server = new URL(databaseUrl);
  server.pathname = '/postgres';
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
