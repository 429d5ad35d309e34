import type { ColumnType } from 'kysely';

/** A `timestamptz` every insert gives; read back as a Date. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A `timestamptz` whose default (portal_now()) stamps it when an insert leaves it out. */
export type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
