-- The year lock's times come from the store's clock and are instants: processes in different time
-- zones, or with clocks apart, agree on how old a heartbeat is.
ALTER TABLE year_lock ALTER COLUMN acquired_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE year_lock ALTER COLUMN heartbeat_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;

-- The working-day calendar is one table for every run, whichever input root it reads: its row here
-- holds the SHA-256 of the calendar loaded, is locked while a run loads one, and tells a run that
-- another one replaced the calendar under it. (The catalogue is replaced per year instead.)
CREATE TABLE reference_digest (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    sha256 VARCHAR(64) NOT NULL
);
INSERT INTO reference_digest (name, sha256) VALUES ('workday-calendar', '');
