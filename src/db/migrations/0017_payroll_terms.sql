-- Issue #15, terms: what each payment of a provider is subject to. The relationship to each recipient and the
-- choices that go with it (recorded by the case's county), the county's deduction rates and each case's Share of Cost
-- by effective date, and the provider's own withholding elections (W-4, DE 4), append-only. Every table carries the
-- county_id its rows belong to (Citus can shard by it later); money is integer cents.

-- The county a row names must be its case's county, and the provider a provider who was assigned to the case at some
-- time: the terms of a payment are about one provider working for one recipient.
CREATE FUNCTION payroll_terms_match_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM cases WHERE id = NEW.case_id AND county_id = NEW.county_id) THEN
    RAISE EXCEPTION '%.county_id % is not the county of case %', TG_TABLE_NAME, NEW.county_id, NEW.case_id USING ERRCODE = 'check_violation';
  END IF;
  -- Nested, not AND-ed: a row of case_share_of_cost has no provider_user_id to name.
  IF TG_TABLE_NAME = 'payroll_terms' THEN
    IF NOT EXISTS (SELECT 1 FROM assignments WHERE provider_user_id = NEW.provider_user_id AND case_id = NEW.case_id) THEN
      RAISE EXCEPTION 'payroll_terms: provider % was never assigned to case %', NEW.provider_user_id, NEW.case_id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

-- Per provider and case: the provider is the recipient's parent, spouse, child or other; SDI coverage elected (EDD's
-- elective coverage, open only to a child, parent or spouse); union membership; a voluntary COPE amount a payment;
-- enrolment in the county's health plan. No row: 'other', nothing elected, not a member, no COPE, no plan.
CREATE TABLE payroll_terms (
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  case_id           bigint NOT NULL REFERENCES cases (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  relationship      text NOT NULL CHECK (relationship IN ('parent', 'spouse', 'child', 'other')),
  sdi_elected       boolean NOT NULL DEFAULT false,
  union_member      boolean NOT NULL DEFAULT false,
  cope_cents        integer CHECK (cope_cents BETWEEN 1 AND 10000),
  health_plan       boolean NOT NULL DEFAULT false,
  updated_by        bigint NOT NULL REFERENCES users (id),
  updated_at        timestamptz NOT NULL DEFAULT portal_now(),
  PRIMARY KEY (provider_user_id, case_id),
  CONSTRAINT payroll_terms_sdi_election_family CHECK (NOT sdi_elected OR relationship IN ('parent', 'spouse', 'child'))
);
CREATE INDEX payroll_terms_case ON payroll_terms (case_id);
CREATE TRIGGER payroll_terms_case_check BEFORE INSERT OR UPDATE ON payroll_terms
  FOR EACH ROW EXECUTE FUNCTION payroll_terms_match_case();

-- The county's deduction rates from a date (its admin sets them): union dues a paid hour and the health plan's monthly
-- premium. NULL: the county has none from that date. A row applies to payments issued from its date until the next.
CREATE TABLE county_deduction_rates (
  county_id                     smallint NOT NULL REFERENCES counties (id),
  effective_from                date NOT NULL,
  union_dues_cents_per_hour     integer CHECK (union_dues_cents_per_hour BETWEEN 1 AND 1000),
  health_premium_monthly_cents  integer CHECK (health_premium_monthly_cents BETWEEN 1 AND 100000),
  note                          text CHECK (length(note) <= 200),
  set_by                        bigint NOT NULL REFERENCES users (id),
  set_at                        timestamptz NOT NULL DEFAULT portal_now(),
  PRIMARY KEY (county_id, effective_from)
);

-- A case's Share of Cost (what the recipient pays the provider directly each month) from a month on; 0 ends it.
CREATE TABLE case_share_of_cost (
  case_id          bigint NOT NULL REFERENCES cases (id),
  county_id        smallint NOT NULL REFERENCES counties (id),
  effective_month  date NOT NULL CHECK (extract(day FROM effective_month) = 1),
  monthly_cents    integer NOT NULL CHECK (monthly_cents BETWEEN 0 AND 1000000),
  set_by           bigint NOT NULL REFERENCES users (id),
  set_at           timestamptz NOT NULL DEFAULT portal_now(),
  PRIMARY KEY (case_id, effective_month)
);
CREATE TRIGGER case_share_of_cost_case_check BEFORE INSERT OR UPDATE ON case_share_of_cost
  FOR EACH ROW EXECUTE FUNCTION payroll_terms_match_case();

-- The provider's withholding elections, as entered on IRS Form W-4 (2020 and later) and EDD Form DE 4, one row per
-- change, never changed or removed. `withhold` false: the provider asked to stop (nothing withheld, as before any
-- election). A row applies from `effective_from` (the 1st or 16th, after the day it was made) until a later one.
-- county_id is the provider's county: an election covers all their recipients.
CREATE TABLE withholding_elections (
  id                              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id                bigint NOT NULL REFERENCES users (id),
  county_id                       smallint NOT NULL REFERENCES counties (id),
  tax                             text NOT NULL CHECK (tax IN ('federal', 'state')),
  withhold                        boolean NOT NULL,
  filing_status                   text,
  multiple_jobs                   boolean,
  dependents_cents                integer CHECK (dependents_cents BETWEEN 0 AND 10000000 AND dependents_cents % 100 = 0),
  other_income_cents              integer CHECK (other_income_cents BETWEEN 0 AND 100000000 AND other_income_cents % 100 = 0),
  deductions_cents                integer CHECK (deductions_cents BETWEEN 0 AND 100000000 AND deductions_cents % 100 = 0),
  allowances                      smallint CHECK (allowances BETWEEN 0 AND 99),
  estimated_deduction_allowances  smallint CHECK (estimated_deduction_allowances BETWEEN 0 AND 99),
  extra_cents                     integer CHECK (extra_cents BETWEEN 0 AND 500000),
  exempt                          boolean,
  effective_from                  date NOT NULL CHECK (extract(day FROM effective_from) IN (1, 16)),
  made_at                         timestamptz NOT NULL DEFAULT portal_now(),
  made_by                         bigint NOT NULL REFERENCES users (id),
  CONSTRAINT withholding_elections_after_made CHECK (effective_from > (made_at AT TIME ZONE 'America/Los_Angeles')::date),
  CONSTRAINT withholding_elections_stop_is_empty CHECK (withhold OR num_nonnulls(filing_status, multiple_jobs, dependents_cents,
    other_income_cents, deductions_cents, allowances, estimated_deduction_allowances, extra_cents, exempt) = 0),
  CONSTRAINT withholding_elections_federal_shape CHECK (NOT withhold OR tax <> 'federal' OR (
    filing_status IN ('single', 'married_jointly', 'head_of_household')
    AND num_nonnulls(multiple_jobs, dependents_cents, other_income_cents, deductions_cents, extra_cents, exempt) = 6
    AND num_nonnulls(allowances, estimated_deduction_allowances) = 0)),
  CONSTRAINT withholding_elections_state_shape CHECK (NOT withhold OR tax <> 'state' OR (
    filing_status IN ('single', 'married', 'head_of_household')
    AND num_nonnulls(allowances, estimated_deduction_allowances, extra_cents, exempt) = 4
    AND num_nonnulls(multiple_jobs, dependents_cents, other_income_cents, deductions_cents) = 0))
);
CREATE INDEX withholding_elections_provider ON withholding_elections (provider_user_id, tax, effective_from, id);

CREATE FUNCTION withholding_elections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'withholding_elections is append-only' USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER withholding_elections_no_change BEFORE UPDATE OR DELETE ON withholding_elections
  FOR EACH ROW EXECUTE FUNCTION withholding_elections_append_only();

-- A new security notice: the provider's withholding was changed (always sent, as a contact change is).
ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_event_check;
ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_event_check CHECK (event IN (
  'timesheet_approved', 'timesheet_rejected', 'payment_issued', 'payment_paid', 'payment_returned', 'recipient_no_action',
  'violation_recorded', 'new_message', 'pay_period_ending', 'password_changed', 'contact_changed', 'account_created',
  'second_factor_changed', 'recovery_code_used', 'second_factor_reset', 'new_device_sign_in', 'withholding_changed'
));
