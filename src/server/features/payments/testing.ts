/** Test fixtures for payments: approved claims waiting for the pay run, signed-in clients, bank files, and the text of a pay stub. */
import type { FastifyInstance } from 'fastify';
import { inflateSync } from 'node:zlib';
import type { Db } from '../../../db/connection.js';
import { addDays, weekday } from '../../../domain/index.js';
import type { Config } from '../../config.js';
import { TestClient } from '../../testing/test-app.js';
import { assign, createCase } from '../cases/testing.js';
import { testNow } from '../../testing/clock.js';

type AccountType = Parameters<TestClient['signIn']>[0];

/**
 * A case of the county, assigned to the provider, with a timesheet approved for `period`: `minutes` worked on its
 * first Monday and Tuesday. The pay run pays it.
 */
export async function approvedTimesheet(db: Db, config: Config, t: { providerId: number; caseNumber: string; countyId?: number; period: { start: string; end: string }; minutes: number; submittedAt?: Date }) {
  const countyId = t.countyId ?? 19;
  const { caseId } = await createCase(db, config, { caseNumber: t.caseNumber, countyId, withRecipientAccount: false });
  await assign(db, { providerId: t.providerId, caseId, countyId });
  const { id } = await db.insertInto('timesheets').values({ provider_user_id: t.providerId, case_id: caseId, county_id: countyId, pay_period_start: t.period.start, pay_period_end: t.period.end }).returning('id').executeTakeFirstOrThrow();
  let monday = t.period.start;
  while (weekday(monday) !== 1) monday = addDays(monday, 1);
  await db.insertInto('timesheet_days').values([0, 1].map((d) => ({ timesheet_id: id, county_id: countyId, work_date: addDays(monday, d), worked_minutes: t.minutes, travel_minutes: 0 }))).execute();
  await db.updateTable('timesheets').set({ status: 'approved', submitted_at: t.submittedAt ?? testNow() }).where('id', '=', id).execute();
  return id;
}

/** A bank file of these lines under its header, as payroll uploads it. */
export const bankFile = (fileName: string, header: string, lines: readonly string[], eol = '\r\n') => ({ fileName, content: [header, ...lines].join(eol) });

/** Clients of the app, each from its own IP (`${ipPrefix}.1`, `.2`...), signed in as the accounts given, in order. */
export async function signedInClients(app: FastifyInstance, ipPrefix: string, accounts: readonly (readonly [AccountType, string])[]) {
  return Promise.all(
    accounts.map(async ([type, loginId], i) => {
      const client = new TestClient(app, `${ipPrefix}.${i + 1}`);
      const res = await client.signIn(type, loginId);
      if (res.statusCode !== 200) throw new Error(`${loginId} could not sign in: ${res.statusCode} ${res.body}`);
      return client;
    }),
  );
}

/** The text a PDF shows: every content stream inflated, the strings of its text operators decoded. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let body = pdf.subarray(start, end);
    try {
      body = inflateSync(body);
    } catch {
      /* not compressed, or not text */
    }
    const s = body.toString('latin1');
    for (const tj of s.matchAll(/\[(.*?)\]\s*TJ/g)) {
      out.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return out.join('\n');
}
