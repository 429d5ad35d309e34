import type pg from 'pg';
import { connect, type DbHandle } from '../connection.js';

export interface SentStatement {
  text: string;
  values: unknown[];
}

/**
 * A connection whose clients keep every statement they send, in order (BEGIN and COMMIT included): tests count a
 * request's round trips with it, and explain the statements a request really made rather than copies of their SQL.
 * `sent` is emptied by the test between requests (`sent.length = 0`).
 */
export function connectRecording(url: string, clockOffsetMs: number, max = 4): DbHandle & { sent: SentStatement[] } {
  const handle = connect(url, max, clockOffsetMs);
  const sent: SentStatement[] = [];
  handle.pool.on('connect', (client: pg.PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      if (typeof args[0] === 'string') sent.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
      return query(...args);
    };
  });
  return { ...handle, sent };
}
