-- What a diff of two runs states besides figures: the language a run wrote its outputs in, and a
-- fingerprint of every definition its figures were computed by (NULL/absent for older runs).
ALTER TABLE stats_run ADD COLUMN locale VARCHAR(5);
CREATE TABLE run_definition (
    run_id VARCHAR(40) NOT NULL,
    definition_id VARCHAR(200) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    PRIMARY KEY (run_id, definition_id)
);
-- A rejected row as the file has it: the record's key, the column header and the cell untouched.
ALTER TABLE rejected_row ADD COLUMN record_key VARCHAR(1000);
ALTER TABLE rejected_row ADD COLUMN source_column VARCHAR(1000);
ALTER TABLE rejected_row ADD COLUMN cell_text VARCHAR(1000);
