import { loadConfig } from '../config.js';
import { openDatabase } from '../../db/open.js';
import { clockFor } from '../lib/clock.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits. */
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, embeddedPort: config.embeddedPgPort, clockOffsetMs: clockFor(config.today).offsetMs });
console.log(db.appliedMigrations.length ? `Applied: ${db.appliedMigrations.join(', ')}` : 'No pending migrations.');
await db.close();
await db.embedded?.stop();
