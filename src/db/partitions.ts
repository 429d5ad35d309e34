import { sql } from 'kysely';
import type { Db } from './connection.js';

/**
 * The coming monthly partitions of every table partitioned by month (the audit trail, EVV taps and visits, timesheet
 * days, notifications; migration 0021): from the portal's last month to `monthsAhead` months after this one. Run at
 * start-up; each month only once made.
 */
export async function ensureMonthlyPartitions(db: Db, monthsAhead = 2): Promise<void> {
  await sql`SELECT ensure_monthly_partitions(${monthsAhead}::integer)`.execute(db);
}

/** The monthly partitions of the months from `first` to `last` (dates 'YYYY-MM-DD'), for data written into the past. */
export async function ensureMonthlyPartitionsBetween(db: Db, first: string, last: string): Promise<void> {
  await sql`SELECT ensure_monthly_partitions(${first}::date, ${last}::date)`.execute(db);
}
