-- Issue #15: from gross to net. A payment carries what was deducted from its gross (taxes, Share of Cost, health
-- premium, union dues, COPE), what was left to pay the provider (net), the taxable wages of each tax (the W-2's
-- boxes 1, 3, 5 and 16, and SDI) and the tax year whose figures the pay run used (src/domain/payroll).
--
-- Every payment has one row per deduction kind, zeros included, in the same transaction as the payment: the stub and
-- payroll's totals read what was taken of each kind without guessing what a missing row means.

CREATE TABLE payment_deductions (
  payment_id  bigint NOT NULL REFERENCES payments (id),
  county_id   smallint NOT NULL REFERENCES counties (id),
  -- DEDUCTION_KINDS of src/domain/payroll/types.ts, in the same order.
  kind        text NOT NULL CHECK (kind IN ('social_security', 'medicare', 'sdi', 'federal_income_tax', 'state_income_tax',
                                            'share_of_cost', 'health_premium', 'union_dues', 'cope')),
  cents       integer NOT NULL CHECK (cents >= 0),
  PRIMARY KEY (payment_id, kind)
);
-- Payroll's totals per kind: a county's deductions of a pay run.
CREATE INDEX payment_deductions_county_kind ON payment_deductions (county_id, kind);

ALTER TABLE payments ADD COLUMN net_cents integer;
ALTER TABLE payments ADD COLUMN federal_wages_cents integer;
ALTER TABLE payments ADD COLUMN social_security_wages_cents integer;
ALTER TABLE payments ADD COLUMN medicare_wages_cents integer;
ALTER TABLE payments ADD COLUMN state_wages_cents integer;
ALTER TABLE payments ADD COLUMN sdi_wages_cents integer;
-- Null: issued before the portal figured deductions (below).
ALTER TABLE payments ADD COLUMN tax_year smallint CHECK (tax_year BETWEEN 2000 AND 2100);

-- Payments issued before this: nothing was deducted, so the provider was paid the gross. Their taxes were never
-- figured here, so no wages are recorded as taxed: a W-2 saying wages were taxed with no tax withheld would be false.
UPDATE payments SET net_cents = gross_cents, federal_wages_cents = 0, social_security_wages_cents = 0, medicare_wages_cents = 0,
                    state_wages_cents = 0, sdi_wages_cents = 0;
INSERT INTO payment_deductions (payment_id, county_id, kind, cents)
  SELECT p.id, p.county_id, k.kind, 0
    FROM payments p
   CROSS JOIN unnest(ARRAY['social_security', 'medicare', 'sdi', 'federal_income_tax', 'state_income_tax',
                           'share_of_cost', 'health_premium', 'union_dues', 'cope']) AS k (kind);

ALTER TABLE payments ALTER COLUMN net_cents SET NOT NULL;
ALTER TABLE payments ALTER COLUMN federal_wages_cents SET NOT NULL;
ALTER TABLE payments ALTER COLUMN social_security_wages_cents SET NOT NULL;
ALTER TABLE payments ALTER COLUMN medicare_wages_cents SET NOT NULL;
ALTER TABLE payments ALTER COLUMN state_wages_cents SET NOT NULL;
ALTER TABLE payments ALTER COLUMN sdi_wages_cents SET NOT NULL;
ALTER TABLE payments ADD CONSTRAINT payments_net_within_gross CHECK (net_cents BETWEEN 0 AND gross_cents);
-- Taxable wages are never negative. They may pass the payment's gross: the payment that crosses a threshold (the
-- household-employee threshold of FICA, SDI's quarter) makes the earlier wages of the year or quarter taxable too.
ALTER TABLE payments ADD CONSTRAINT payments_taxable_wages_not_negative CHECK (
  federal_wages_cents >= 0 AND social_security_wages_cents >= 0 AND medicare_wages_cents >= 0 AND state_wages_cents >= 0
  AND sdi_wages_cents >= 0);
ALTER TABLE payments ADD CONSTRAINT payments_figured_or_paid_whole CHECK (tax_year IS NOT NULL OR net_cents = gross_cents);

-- Gross less the deductions is the net, to the cent: checked when the transaction that wrote the payment or its
-- deductions commits, so the pay run may insert the payment first and its deductions after.
CREATE FUNCTION payment_net_is_gross_less_deductions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pid bigint;
  off bigint;
BEGIN
  -- A record's fields are resolved when a statement runs, so each table's row is read in a branch of its own.
  IF TG_TABLE_NAME = 'payments' THEN
    pid := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    pid := OLD.payment_id;
  ELSE
    pid := NEW.payment_id;
  END IF;
  SELECT p.gross_cents - p.net_cents - coalesce((SELECT sum(d.cents) FROM payment_deductions d WHERE d.payment_id = p.id), 0)
    INTO off FROM payments p WHERE p.id = pid;
  IF off IS DISTINCT FROM 0 AND off IS NOT NULL THEN
    RAISE EXCEPTION 'payment %: net is not gross less deductions (off by % cents)', pid, off USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER payments_net_adds_up AFTER INSERT OR UPDATE OF gross_cents, net_cents ON payments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payment_net_is_gross_less_deductions();
CREATE CONSTRAINT TRIGGER payment_deductions_add_up AFTER INSERT OR UPDATE OR DELETE ON payment_deductions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payment_net_is_gross_less_deductions();

-- A pay run's payments, for payroll's totals per run and kind.
CREATE INDEX payments_pay_run ON payments (pay_run_id, county_id) WHERE pay_run_id IS NOT NULL;
-- The pay run's "earlier" sums: a provider's payments from one case in a year, quarter or service month.
CREATE INDEX payments_provider_case_issue ON payments (provider_user_id, case_id, issue_date);
