import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, withDatabase, type DbHandle } from '../connection.js';
import { ensureDatabase } from '../open.js';

const TEMPLATE_DATABASE = 'ihss_template';

export interface TestDb extends DbHandle {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: real PostgreSQL, isolated per test file. */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = inject('pgServerUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name, TEMPLATE_DATABASE);
  const url = withDatabase(serverUrl, name);
  const handle = connect(url, 10, inject('clockOffsetMs'));
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}
