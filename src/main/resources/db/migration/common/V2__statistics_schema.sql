-- Records, runs, findings and figures of the annual statistics pipeline.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
-- stage_* tables hold every accepted row of a run (duplicates included) until reconciliation
-- picks one record per key; *_record tables hold the records each year's figures are computed from.

CREATE TABLE stats_run (
    run_id VARCHAR(40) NOT NULL PRIMARY KEY,
    stat_year INTEGER NOT NULL,
    as_of DATE NOT NULL,
    run_trigger VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    input_root VARCHAR(1000) NOT NULL,
    output_root VARCHAR(1000),
    started_at TIMESTAMP NOT NULL,
    ended_at TIMESTAMP,
    message VARCHAR(2000)
);
CREATE INDEX stats_run_year_ix ON stats_run (stat_year, status);

CREATE TABLE ingested_file (
    run_id VARCHAR(40) NOT NULL,
    source VARCHAR(20) NOT NULL,
    file_seq INTEGER NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    file_size BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    encoding VARCHAR(40),
    delimiter VARCHAR(10),
    sheet VARCHAR(200),
    header_row INTEGER,
    rows_read BIGINT NOT NULL,
    rows_accepted BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    unknown_columns VARCHAR(2000),
    PRIMARY KEY (run_id, source, file_seq)
);

CREATE TABLE rejected_row (
    run_id VARCHAR(40) NOT NULL,
    source VARCHAR(20) NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    sheet VARCHAR(200),
    row_no BIGINT NOT NULL,
    field VARCHAR(100),
    raw_value VARCHAR(1000),
    reason VARCHAR(1000) NOT NULL
);
CREATE INDEX rejected_row_run_ix ON rejected_row (run_id, source);

CREATE TABLE control_total (
    run_id VARCHAR(40) NOT NULL,
    source VARCHAR(20) NOT NULL,
    file_name VARCHAR(1000) NOT NULL,
    row_no BIGINT NOT NULL,
    field VARCHAR(100) NOT NULL,
    declared DECIMAL(24,4) NOT NULL,
    computed DECIMAL(24,4) NOT NULL,
    file_had_rejects BOOLEAN NOT NULL
);

CREATE TABLE finding (
    run_id VARCHAR(40) NOT NULL,
    check_id VARCHAR(10) NOT NULL,
    severity VARCHAR(10) NOT NULL,
    source VARCHAR(20) NOT NULL,
    record_key VARCHAR(1000) NOT NULL,
    message VARCHAR(2000) NOT NULL
);
CREATE INDEX finding_run_ix ON finding (run_id, check_id);

CREATE TABLE metric_value (
    run_id VARCHAR(40) NOT NULL,
    stat_year INTEGER NOT NULL,
    metric_id VARCHAR(100) NOT NULL,
    dimension VARCHAR(40) NOT NULL,
    member VARCHAR(200) NOT NULL,
    num_value DECIMAL(24,6),
    PRIMARY KEY (run_id, metric_id, dimension, member)
);

CREATE TABLE calendar_day (
    day_date DATE NOT NULL PRIMARY KEY,
    day_seq INTEGER NOT NULL,
    workday BOOLEAN NOT NULL,
    workday_seq INTEGER NOT NULL
);

CREATE TABLE certificate_item (
    cat_year INTEGER NOT NULL,
    code VARCHAR(100) NOT NULL,
    name VARCHAR(500),
    PRIMARY KEY (cat_year, code)
);

CREATE TABLE month_of_year (
    month_no INTEGER NOT NULL PRIMARY KEY,
    member VARCHAR(2) NOT NULL
);
INSERT INTO month_of_year (month_no, member) VALUES
    (1, '01'), (2, '02'), (3, '03'), (4, '04'), (5, '05'), (6, '06'),
    (7, '07'), (8, '08'), (9, '09'), (10, '10'), (11, '11'), (12, '12');

-- Per-source record tables. Column names are the field ids of jobs/sources/fields.csv.
CREATE TABLE stage_case (
    run_id VARCHAR(40) NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL, fingerprint VARCHAR(64) NOT NULL,
    case_no VARCHAR(200) NOT NULL, category VARCHAR(40) NOT NULL, opened_on DATE NOT NULL, closed_on DATE,
    district VARCHAR(500), employer VARCHAR(1000), workers BIGINT, migrant_workers BIGINT, amount_recovered DECIMAL(20,4),
    published_major_violation BOOLEAN, transferred_to_police BOOLEAN, counsel_represented BOOLEAN,
    official_appeared BOOLEAN, review_no VARCHAR(200)
);
CREATE TABLE case_record (
    stat_year INTEGER NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL,
    case_no VARCHAR(200) NOT NULL, category VARCHAR(40) NOT NULL, opened_on DATE NOT NULL, closed_on DATE,
    district VARCHAR(500), employer VARCHAR(1000), workers BIGINT, migrant_workers BIGINT, amount_recovered DECIMAL(20,4),
    published_major_violation BOOLEAN, transferred_to_police BOOLEAN, counsel_represented BOOLEAN,
    official_appeared BOOLEAN, review_no VARCHAR(200),
    PRIMARY KEY (stat_year, case_no)
);

CREATE TABLE stage_review (
    run_id VARCHAR(40) NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL, fingerprint VARCHAR(64) NOT NULL,
    review_no VARCHAR(200) NOT NULL, received_on DATE NOT NULL, acceptance VARCHAR(40) NOT NULL, accepted_on DATE,
    closed_on DATE, decision VARCHAR(40), extended BOOLEAN, procedure VARCHAR(40), case_no VARCHAR(200)
);
CREATE TABLE review_record (
    stat_year INTEGER NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL,
    review_no VARCHAR(200) NOT NULL, received_on DATE NOT NULL, acceptance VARCHAR(40) NOT NULL, accepted_on DATE,
    closed_on DATE, decision VARCHAR(40), extended BOOLEAN, procedure VARCHAR(40), case_no VARCHAR(200),
    PRIMARY KEY (stat_year, review_no)
);

CREATE TABLE stage_permit (
    run_id VARCHAR(40) NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL, fingerprint VARCHAR(64) NOT NULL,
    application_no VARCHAR(200) NOT NULL, item_code VARCHAR(200) NOT NULL, item_name VARCHAR(1000), item_type VARCHAR(40),
    applied_on DATE NOT NULL, completed_on DATE, result VARCHAR(40), channel VARCHAR(40),
    promised_days BIGINT, promised_calendar_days BOOLEAN, commitment_applied BOOLEAN
);
CREATE TABLE permit_record (
    stat_year INTEGER NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL,
    application_no VARCHAR(200) NOT NULL, item_code VARCHAR(200) NOT NULL, item_name VARCHAR(1000), item_type VARCHAR(40),
    applied_on DATE NOT NULL, completed_on DATE, result VARCHAR(40), channel VARCHAR(40),
    promised_days BIGINT, promised_calendar_days BOOLEAN, commitment_applied BOOLEAN,
    PRIMARY KEY (stat_year, application_no)
);

CREATE TABLE stage_commitment (
    run_id VARCHAR(40) NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL, fingerprint VARCHAR(64) NOT NULL,
    commitment_no VARCHAR(200) NOT NULL, certificate_code VARCHAR(200) NOT NULL, certificate_name VARCHAR(1000),
    application_no VARCHAR(200), committed_on DATE NOT NULL, verification VARCHAR(40), verified_on DATE
);
CREATE TABLE commitment_record (
    stat_year INTEGER NOT NULL, file_seq INTEGER NOT NULL, row_no BIGINT NOT NULL,
    commitment_no VARCHAR(200) NOT NULL, certificate_code VARCHAR(200) NOT NULL, certificate_name VARCHAR(1000),
    application_no VARCHAR(200), committed_on DATE NOT NULL, verification VARCHAR(40), verified_on DATE,
    PRIMARY KEY (stat_year, commitment_no)
);
