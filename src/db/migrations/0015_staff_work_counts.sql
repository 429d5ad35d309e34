-- County staff land on counts of their work (issue #12). Two of the counts had no index to stand on and would read a
-- county's whole history on every visit to the console's start page:
-- - disputes waiting for the county's answer, and the soonest due: a county's violations accumulate for years, the
--   disputed ones waiting are a handful;
-- - enrolled providers who have not created their account: a large county enrols hundreds of thousands of
--   providers, and only the few not set up yet are counted.
CREATE INDEX violations_disputed ON violations (county_id, dispute_response_due) WHERE dispute_state = 'disputed';
CREATE INDEX users_not_set_up ON users (county_id) WHERE role = 'provider' AND password_hash IS NULL AND status = 'active';
