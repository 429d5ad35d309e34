import type { AccountsTables } from './schema/accounts.js';
import type { ClaimsPaymentsTables } from './schema/claims-payments.js';
import type { DirectDepositTables } from './schema/direct-deposit.js';
import type { MessagingTables } from './schema/messaging.js';
import type { PayrollTermsTables } from './schema/payroll-terms.js';
import type { PlatformTables } from './schema/platform.js';
import type { WorkdayTables } from './schema/workday.js';

/**
 * Kysely's view of the tables, one file per area under schema/. The SQL in migrations/ is the authority:
 * schema.int.test.ts compares these declarations with the migrated database, table by table and column by column.
 */
export interface Database extends AccountsTables, PlatformTables, WorkdayTables, MessagingTables, ClaimsPaymentsTables, PayrollTermsTables, DirectDepositTables {}

export type * from './schema/accounts.js';
export type * from './schema/claims-payments.js';
export type * from './schema/columns.js';
export type * from './schema/direct-deposit.js';
export type * from './schema/messaging.js';
export type * from './schema/payroll-terms.js';
export type * from './schema/platform.js';
export type * from './schema/workday.js';
