-- Released editions of a year's statistics: the run each one copies, who released it and when,
-- the edition it replaces and its folder. An edition is never changed, deleted or renumbered.
CREATE TABLE released_edition (
    stat_year INTEGER NOT NULL,
    edition_no INTEGER NOT NULL,
    run_id VARCHAR(40) NOT NULL REFERENCES stats_run (run_id),
    released_by VARCHAR(200) NOT NULL,
    released_at TIMESTAMP NOT NULL,
    replaces_no INTEGER,
    folder VARCHAR(1000) NOT NULL,
    PRIMARY KEY (stat_year, edition_no)
);
