-- Payroll's list of acknowledgement imports (GET /api/staff/payment-settlements) shows, for each import, the sum
-- and the bank's dates of the payments it recorded: found by `settlement_id`, which had no index, so each page of
-- the list read the whole payments table. Only paid payments have a settlement.
CREATE INDEX payments_settlement ON payments (settlement_id) WHERE settlement_id IS NOT NULL;
