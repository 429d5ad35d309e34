import type { Db } from '../../../db/connection.js';
import { addDays, californiaDate, californiaInstant } from '../../../domain/index.js';
import { DEFAULT_HOLD_BUSINESS_DAYS, depositTimeline } from '../../../domain/direct-deposit.js';
import { encryptField } from '../../lib/encryption.js';
import * as accounts from '../accounts/service.js';
import { accountNumberAad } from './service.js';
import * as store from './store.js';

/**
 * The demo provider's bank account, in force since a change made two months before `now` cleared, so that a change
 * made in the demo shows the hold and the old account still paid meanwhile. A fictional account number at a real
 * routing number (Bank of America, California), as any demo form would be filled in. Once: a provider who has any
 * change already keeps what they have.
 */
export async function seedDemoPayDestination(db: Db, dataKey: Buffer, now: Date, loginId: string) {
  const user = await accounts.findUserByLoginId(db, loginId);
  if (!user || user.county_id === null || (await store.listDestinations(db, user.id, 1)).length > 0) return;
  const requestedOn = addDays(californiaDate(now), -60);
  const t = depositTimeline('direct_deposit', requestedOn, DEFAULT_HOLD_BUSINESS_DAYS);
  await store.insertDestination(db, {
    provider_user_id: user.id,
    county_id: user.county_id,
    method: 'direct_deposit',
    routing_number: '121000358',
    account_type: 'checking',
    account_number_enc: encryptField(dataKey, '000482716204', accountNumberAad(user.id)),
    account_last4: '6204',
    requested_at: new Date(californiaInstant(requestedOn, 9 * 60)),
    requested_by: user.id,
    hold_business_days: DEFAULT_HOLD_BUSINESS_DAYS,
    hold_ends_on: t.holdEndsOn,
    prenote_settles_on: t.prenoteSettlesOn,
    live_from: t.liveFrom,
  });
}
