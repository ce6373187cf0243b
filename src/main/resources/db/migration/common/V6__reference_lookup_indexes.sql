-- The cross-source checks (R4–R7) look records up by key in any year.
CREATE INDEX case_record_case_no_ix ON case_record (case_no);
CREATE INDEX review_record_review_no_ix ON review_record (review_no);
CREATE INDEX permit_record_application_no_ix ON permit_record (application_no);
CREATE INDEX commitment_record_application_no_ix ON commitment_record (application_no);
