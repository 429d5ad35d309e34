-- Issue #5: sick leave is paid even when no timesheet carries it (ACL 18-01: a provider who was sick for a whole
-- pay period, or whose recipient confirmed the leave after the period's timesheet was paid, is still owed it).
--
-- Each confirmed sick leave claim is paid once: `sick_leave_claims.payment_id` names the payment that paid it,
-- either its pay period's timesheet payment or, once the period has ended with no timesheet on its way, a
-- payment of sick leave alone (`payments.kind = 'sick_leave'`, no timesheet).

ALTER TABLE payments ADD COLUMN kind text NOT NULL DEFAULT 'timesheet' CHECK (kind IN ('timesheet', 'sick_leave'));
ALTER TABLE payments ALTER COLUMN timesheet_id DROP NOT NULL;
ALTER TABLE payments ADD CONSTRAINT payments_kind_has_timesheet CHECK ((kind = 'timesheet') = (timesheet_id IS NOT NULL));
ALTER TABLE payments ADD CONSTRAINT payments_sick_leave_alone CHECK (
  kind = 'timesheet'
  OR (regular_minutes = 0 AND overtime_minutes = 0 AND travel_minutes = 0 AND regular_cents = 0 AND overtime_cents = 0
      AND travel_cents = 0 AND sick_minutes > 0));

-- A pay period's timesheet is still paid once per provider and recipient; sick leave alone may be paid beside it.
ALTER TABLE payments DROP CONSTRAINT payments_provider_user_id_case_id_pay_period_start_key;
CREATE UNIQUE INDEX payments_one_timesheet_payment_a_period ON payments (provider_user_id, case_id, pay_period_start) WHERE kind = 'timesheet';

ALTER TABLE sick_leave_claims ADD COLUMN payment_id bigint REFERENCES payments (id);
ALTER TABLE sick_leave_claims ADD CONSTRAINT sick_leave_paid_when_confirmed CHECK (payment_id IS NULL OR status = 'confirmed');
-- Sick leave already paid with its period's timesheet, before this migration.
UPDATE sick_leave_claims s SET payment_id = p.id
  FROM payments p
 WHERE s.status = 'confirmed' AND p.sick_minutes > 0
   AND p.provider_user_id = s.provider_user_id AND p.case_id = s.case_id
   AND s.leave_date BETWEEN p.pay_period_start AND p.pay_period_end;
CREATE INDEX sick_leave_unpaid ON sick_leave_claims (id) WHERE status = 'confirmed' AND payment_id IS NULL;
