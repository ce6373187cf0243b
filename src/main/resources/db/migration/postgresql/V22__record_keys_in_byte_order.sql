-- Record keys are identifiers, never text to be sorted for a reader: compared byte by byte ("C")
-- their indexes build in half the time (10 M permit keys: 4.9 s against 9.7 s under the database's
-- collation), which every run pays when its staged rows become the year's partition. The key leads
-- the primary key, so that its index also serves the lookups by key alone, and the columns that
-- refer to another source's key compare the same way.
ALTER TABLE case_record ALTER COLUMN case_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE case_record ALTER COLUMN review_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE review_record ALTER COLUMN review_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE review_record ALTER COLUMN case_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE permit_record ALTER COLUMN application_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE commitment_record ALTER COLUMN commitment_no TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE commitment_record ALTER COLUMN application_no TYPE VARCHAR(200) COLLATE "C";

ALTER TABLE case_record DROP CONSTRAINT case_record_pkey, ADD PRIMARY KEY (case_no, stat_year);
ALTER TABLE review_record DROP CONSTRAINT review_record_pkey, ADD PRIMARY KEY (review_no, stat_year);
ALTER TABLE permit_record DROP CONSTRAINT permit_record_pkey, ADD PRIMARY KEY (application_no, stat_year);
ALTER TABLE commitment_record DROP CONSTRAINT commitment_record_pkey, ADD PRIMARY KEY (commitment_no, stat_year);
DROP INDEX case_record_case_no_ix;
DROP INDEX review_record_review_no_ix;
