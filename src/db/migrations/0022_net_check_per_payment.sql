-- Issue #16: the pay run writes fewer rows and checks each payment's net once (ADR 0015).
--
-- A deduction kind not taken from a payment has no row: every reader counts a missing kind as zero (ADR 0012), so a
-- payment writes the kinds it takes (usually five of nine) instead of all nine.
--
-- Net = gross less the deductions, still to the cent, but checked once a payment instead of once per deduction row
-- at commit (ten checks a payment, the pay run's largest cost at commit): a payment is checked when the transaction
-- that wrote it commits (0018's deferred trigger on payments, kept), so its deductions may follow it in the same
-- transaction; deductions written, changed or removed are checked at the end of their statement, every payment they
-- touch in one query. So a payment's deductions are written in one statement, after the payment.
DROP TRIGGER payment_deductions_add_up ON payment_deductions;

DELETE FROM payment_deductions WHERE cents = 0;

CREATE FUNCTION payment_deductions_add_up() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pid bigint;
  off bigint;
BEGIN
  -- A transition table is known only to its own trigger's statements, so each event reads its own in a branch.
  IF TG_OP = 'INSERT' THEN
    SELECT p.id, p.gross_cents - p.net_cents - coalesce(s.cents, 0) INTO pid, off
      FROM payments p
      LEFT JOIN LATERAL (SELECT sum(d.cents) AS cents FROM payment_deductions d WHERE d.payment_id = p.id) s ON true
     WHERE p.id IN (SELECT payment_id FROM changed) AND p.gross_cents - p.net_cents <> coalesce(s.cents, 0)
     LIMIT 1;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT p.id, p.gross_cents - p.net_cents - coalesce(s.cents, 0) INTO pid, off
      FROM payments p
      LEFT JOIN LATERAL (SELECT sum(d.cents) AS cents FROM payment_deductions d WHERE d.payment_id = p.id) s ON true
     WHERE p.id IN (SELECT payment_id FROM changed UNION SELECT payment_id FROM gone) AND p.gross_cents - p.net_cents <> coalesce(s.cents, 0)
     LIMIT 1;
  ELSE
    SELECT p.id, p.gross_cents - p.net_cents - coalesce(s.cents, 0) INTO pid, off
      FROM payments p
      LEFT JOIN LATERAL (SELECT sum(d.cents) AS cents FROM payment_deductions d WHERE d.payment_id = p.id) s ON true
     WHERE p.id IN (SELECT payment_id FROM gone) AND p.gross_cents - p.net_cents <> coalesce(s.cents, 0)
     LIMIT 1;
  END IF;
  IF pid IS NOT NULL THEN
    RAISE EXCEPTION 'payment %: net is not gross less deductions (off by % cents)', pid, off USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER payment_deductions_add_up_insert AFTER INSERT ON payment_deductions
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION payment_deductions_add_up();
CREATE TRIGGER payment_deductions_add_up_update AFTER UPDATE ON payment_deductions
  REFERENCING OLD TABLE AS gone NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION payment_deductions_add_up();
CREATE TRIGGER payment_deductions_add_up_delete AFTER DELETE ON payment_deductions
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION payment_deductions_add_up();
