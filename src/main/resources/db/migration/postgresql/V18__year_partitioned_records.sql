-- Each year's records are a partition of their source's record table, so that a run swaps in the
-- year it has built (drop the old partition, attach the new one, in one transaction) instead of
-- deleting and inserting millions of rows under the table's indexes.
DO $$
DECLARE
    src TEXT;
    yr INTEGER;
BEGIN
    FOREACH src IN ARRAY ARRAY['case', 'review', 'permit', 'commitment'] LOOP
        EXECUTE format('ALTER TABLE %I RENAME TO %I', src || '_record', src || '_record_unpartitioned');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS) PARTITION BY LIST (stat_year)',
                       src || '_record', src || '_record_unpartitioned');
        FOR yr IN EXECUTE format('SELECT DISTINCT stat_year FROM %I', src || '_record_unpartitioned') LOOP
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (%s)',
                           src || '_record_y' || yr, src || '_record', yr);
            EXECUTE format('INSERT INTO %I SELECT * FROM %I WHERE stat_year = %s',
                           src || '_record_y' || yr, src || '_record_unpartitioned', yr);
        END LOOP;
        EXECUTE format('DROP TABLE %I', src || '_record_unpartitioned');
    END LOOP;
END
$$;

ALTER TABLE case_record ADD PRIMARY KEY (stat_year, case_no);
ALTER TABLE review_record ADD PRIMARY KEY (stat_year, review_no);
ALTER TABLE permit_record ADD PRIMARY KEY (stat_year, application_no);
ALTER TABLE commitment_record ADD PRIMARY KEY (stat_year, commitment_no);
CREATE INDEX case_record_case_no_ix ON case_record (case_no);
CREATE INDEX review_record_review_no_ix ON review_record (review_no);
CREATE INDEX permit_record_application_no_ix ON permit_record (application_no);
CREATE INDEX commitment_record_application_no_ix ON commitment_record (application_no);
