import type { Db } from '../../../db/connection.js';
import { FieldError, notFound } from '../../errors.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { newToken } from '../../lib/tokens.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, getCounty } from '../counties/service.js';
import { notify } from '../notifications/service.js';
import type { Viewer } from '../../lib/viewer.js';
import type { Client } from '../../lib/client.js';

export type { Viewer };


function toView(r: Awaited<ReturnType<typeof accounts.listStaff>>[number]) {
  return {
    loginId: r.login_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    county: { code: r.county_code, slug: r.county_slug, name: r.county_name },
    status: r.status,
    deactivatedReason: r.status === 'deactivated' ? r.deactivated_reason : null,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listCountyAdmins(db: Db, q: { county?: string | undefined }) {
  const countyId = q.county ? (await getCounty(db, q.county)).code : undefined;
  return { admins: (await accounts.listStaff(db, 'county_admin', countyId)).map(toView) };
}

/**
 * Creates a county admin. The password is a random secret nobody is told: the account can only be entered
 * after its owner sets a password with "Forgot password?" (a code to the address given here), so the state
 * admin never knows or sends a password. The owner is told so by a security notice (email).
 */
export async function createCountyAdmin(
  db: Db,
  viewer: Viewer,
  input: { countyCode: number; loginId: string; firstName: string; lastName: string; email: string },
  client: Client,
) {
  const county = await findCountyById(db, input.countyCode);
  if (!county) throw new FieldError('countyCode', 'notFound');
  const unusable = await hashPassword(newToken());
  try {
    await db.transaction().execute(async (trx) => {
      const userId = await accounts.insertUser(trx, {
        role: 'county_admin',
        loginId: input.loginId,
        countyId: county.id,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        passwordHash: unusable,
      });
      await recordAudit(trx, { ...client, action: 'county_admin.created', outcome: 'success', actorUserId: viewer.id, subjectUserId: userId, countyId: county.id, details: { loginId: input.loginId } });
      await notify(trx, { event: 'account_created', key: `account_created:${userId}`, userIds: [userId], data: { kind: 'staff', loginId: input.loginId, countyName: county.name } });
    });
  } catch (err) {
    if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new FieldError('loginId', 'staffUsernameTaken');
    throw err;
  }
  const row = (await accounts.listStaff(db, 'county_admin', county.id)).find((r) => r.login_id === input.loginId)!;
  return toView(row);
}

async function adminOnly(db: Db, loginId: string) {
  const user = await accounts.findUserByLoginId(db, loginId);
  if (!user || user.role !== 'county_admin') throw notFound();
}

export async function deactivateCountyAdmin(db: Db, viewer: Viewer, loginId: string, reason: string, client: Client) {
  await adminOnly(db, loginId);
  await accounts.deactivateAccount(db, { id: viewer.id, role: 'state_admin', countyId: null }, loginId, reason, client);
  return listOne(db, loginId);
}

export async function reinstateCountyAdmin(db: Db, viewer: Viewer, loginId: string, client: Client) {
  await adminOnly(db, loginId);
  await accounts.reinstateAccount(db, { id: viewer.id, role: 'state_admin', countyId: null }, loginId, client);
  return listOne(db, loginId);
}

async function listOne(db: Db, loginId: string) {
  const row = (await accounts.listStaff(db, 'county_admin')).find((r) => r.login_id === loginId);
  if (!row) throw notFound();
  return toView(row);
}
