-- Working-day calendars side by side, one per content (its SHA-256), instead of one calendar that
-- every run replaces: a run counts on the calendar of its own input root even while a run of another
-- year, from a root with another calendar, computes at once. A calendar is loaded once and kept.
CREATE TABLE workday_calendar_day (
    calendar_sha256 VARCHAR(64) NOT NULL,
    day_date DATE NOT NULL,
    day_seq INTEGER NOT NULL,
    workday BOOLEAN NOT NULL,
    workday_seq INTEGER NOT NULL,
    PRIMARY KEY (calendar_sha256, day_date)
);
-- Statutory deadlines look up the first working day at or after a day number of one calendar.
CREATE INDEX workday_calendar_day_seq_ix ON workday_calendar_day (calendar_sha256, day_seq, workday);
INSERT INTO workday_calendar_day (calendar_sha256, day_date, day_seq, workday, workday_seq)
SELECT r.sha256, c.day_date, c.day_seq, c.workday, c.workday_seq
FROM calendar_day c JOIN reference_digest r ON r.name = 'workday-calendar'
WHERE r.sha256 <> '';
-- The calendar each run counted on, for explaining its figures later; earlier runs counted on the
-- one calendar the store held.
ALTER TABLE stats_run ADD COLUMN calendar_sha256 VARCHAR(64);
UPDATE stats_run SET calendar_sha256 = (SELECT sha256 FROM reference_digest WHERE name = 'workday-calendar' AND sha256 <> '');
DROP TABLE calendar_day;
-- Its row is locked while a run loads a calendar, so runs loading the same one take turns.
ALTER TABLE reference_digest DROP COLUMN sha256;
ALTER TABLE reference_digest RENAME TO reference_lock;
