INSERT INTO workday_calendar_day (calendar_sha256, day_date, day_seq, workday, workday_seq) VALUES (?, ?, ?, ?, ?)
