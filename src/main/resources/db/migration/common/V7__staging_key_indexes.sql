-- Reconciliation finds, for each staged row, whether a later row has the same key: an index
-- lookup per row, streaming, instead of sorting or grouping a whole source in memory.
CREATE INDEX stage_case_key_ix ON stage_case (run_id, case_no, file_seq, row_no);
CREATE INDEX stage_review_key_ix ON stage_review (run_id, review_no, file_seq, row_no);
CREATE INDEX stage_permit_key_ix ON stage_permit (run_id, application_no, file_seq, row_no);
CREATE INDEX stage_commitment_key_ix ON stage_commitment (run_id, commitment_no, file_seq, row_no);
