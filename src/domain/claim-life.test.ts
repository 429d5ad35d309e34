import { describe, expect, it } from 'vitest';
import { allowedActions, CLAIMED_STATES, CORRECTABLE_STATES, payPeriodEndsSoon, TIMESHEET_STATUSES, transition, TRANSITIONS, type ActorKind, type ClaimAction, type TimesheetStatus } from './claim-life';

const STATES = TIMESHEET_STATUSES;
const ACTORS: ActorKind[] = ['provider', 'recipient', 'county', 'system'];

describe('the claim state machine', () => {
  it('walks a claim from draft to paid through the county', () => {
    const path: [ClaimAction, ActorKind, TimesheetStatus][] = [
      ['submit', 'provider', 'submitted'],
      ['recipient_approve', 'recipient', 'approved_by_recipient'],
      ['route_to_county', 'system', 'in_county_review'],
      ['county_approve', 'county', 'approved'],
      ['issue_payment', 'system', 'payment_issued'],
      ['mark_paid', 'system', 'paid'],
    ];
    let s: TimesheetStatus = 'draft';
    for (const [action, actor, to] of path) {
      const r = transition(action, s, actor);
      expect(r).toEqual({ ok: true, from: s, to });
      if (r.ok) s = r.to;
    }
  });

  it('allows exactly the table: every action, from every state, by every actor', () => {
    for (const action of Object.keys(TRANSITIONS) as ClaimAction[]) {
      for (const from of STATES) {
        for (const actor of ACTORS) {
          const r = transition(action, from, actor, { reasonCodes: ['X'], note: 'a note' });
          const expected = TRANSITIONS[action].by.includes(actor) && TRANSITIONS[action].from.includes(from);
          expect(r.ok, `${action} from ${from} by ${actor}`).toBe(expected);
        }
      }
    }
  });

  it('never lets a provider or recipient make a county decision, nor county staff pay', () => {
    for (const actor of ['provider', 'recipient', 'system'] as const) {
      expect(transition('county_approve', 'in_county_review', actor)).toEqual({ ok: false, why: 'wrong_actor' });
      expect(transition('county_deny', 'in_county_review', actor, { reasonCodes: ['X'], note: 'why' })).toEqual({ ok: false, why: 'wrong_actor' });
    }
    expect(transition('issue_payment', 'approved', 'county')).toEqual({ ok: false, why: 'wrong_actor' });
  });

  it('needs at least one reason code and a note to deny, and a note to hold', () => {
    expect(transition('county_deny', 'in_county_review', 'county', { reasonCodes: [], note: 'why' })).toEqual({ ok: false, why: 'reasons_required' });
    expect(transition('county_deny', 'in_county_review', 'county', { reasonCodes: ['DUPLICATE_CLAIM'], note: ' ' })).toEqual({ ok: false, why: 'note_required' });
    expect(transition('hold', 'in_county_review', 'county', { note: '' })).toEqual({ ok: false, why: 'note_required' });
    expect(transition('hold', 'in_county_review', 'county', { note: 'Signature check' })).toEqual({ ok: true, from: 'in_county_review', to: 'in_county_review' });
  });

  it('never pays twice, and never pays what was not approved', () => {
    for (const s of STATES.filter((x) => x !== 'approved')) expect(transition('issue_payment', s, 'system').ok).toBe(false);
  });

  it('lets a denied version be corrected, but not an approved or paid one', () => {
    expect(CORRECTABLE_STATES).toContain('denied');
    for (const s of ['in_county_review', 'approved', 'payment_issued', 'paid', 'superseded', 'draft'] as const) expect(CORRECTABLE_STATES).not.toContain(s);
    expect(CLAIMED_STATES).not.toContain('denied');
    expect(allowedActions('denied', 'provider')).toEqual(['supersede']);
    expect(allowedActions('in_county_review', 'county')).toEqual(['hold', 'release', 'county_approve', 'county_deny']);
  });
});

describe('the pay period ending notice', () => {
  it('starts two days before the last day of the period and lasts through it, in both halves of the month', () => {
    expect(['2026-02-12', '2026-02-13', '2026-02-14', '2026-02-15'].map(payPeriodEndsSoon)).toEqual([false, true, true, true]);
    expect(['2026-02-25', '2026-02-26', '2026-02-28', '2026-03-01'].map(payPeriodEndsSoon)).toEqual([false, true, true, false]);
  });
});
