-- Statutory deadlines look up the first working day at or after a day number.
CREATE INDEX calendar_day_seq_ix ON calendar_day (day_seq, workday);
