import { signInHistory, STAFF_ROLES } from './auth.js';
import { ok } from './common.js';
import { endpoint } from './endpoint.js';
import { accountLookupParams, deactivateRequest, staffAccountView } from './staff.js';

/** County staff's view of one person's account: own county only, and the reading of a history is audited. */
export const accountEndpoints = {
  get: endpoint({ method: 'GET', path: '/api/staff/accounts/:loginId', access: STAFF_ROLES, summary: "An account's lock state (own county only)", params: accountLookupParams, answer: staffAccountView }),
  unlock: endpoint({ method: 'POST', path: '/api/staff/accounts/:loginId/unlock', access: STAFF_ROLES, summary: 'Unlock an account locked by failed sign-ins', params: accountLookupParams, answer: ok }),
  deactivate: endpoint({
    method: 'POST',
    path: '/api/staff/accounts/:loginId/deactivate',
    access: STAFF_ROLES,
    summary: 'Deactivate an account with a reason: it can no longer sign in, sees the reason if it tries, and is signed out everywhere',
    params: accountLookupParams,
    body: deactivateRequest,
    answer: staffAccountView,
  }),
  reinstate: endpoint({ method: 'POST', path: '/api/staff/accounts/:loginId/reinstate', access: STAFF_ROLES, summary: 'Reinstate a deactivated account', params: accountLookupParams, answer: staffAccountView }),
  signInHistory: endpoint({ method: 'GET', path: '/api/staff/accounts/:loginId/sign-in-history', access: STAFF_ROLES, summary: "A person's sign-in history (own county only; the reading is audited)", params: accountLookupParams, answer: signInHistory }),
};
