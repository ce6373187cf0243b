-- Each run stages into tables of its own, shaped like these templates and dropped whole when the
-- run is done: the templates need no run column, no index, and no digest of each row (duplicates
-- are compared by their values).
DROP INDEX stage_case_key_ix;
DROP INDEX stage_review_key_ix;
DROP INDEX stage_permit_key_ix;
DROP INDEX stage_commitment_key_ix;
ALTER TABLE stage_case DROP COLUMN run_id;
ALTER TABLE stage_case DROP COLUMN fingerprint;
ALTER TABLE stage_review DROP COLUMN run_id;
ALTER TABLE stage_review DROP COLUMN fingerprint;
ALTER TABLE stage_permit DROP COLUMN run_id;
ALTER TABLE stage_permit DROP COLUMN fingerprint;
ALTER TABLE stage_commitment DROP COLUMN run_id;
ALTER TABLE stage_commitment DROP COLUMN fingerprint;
