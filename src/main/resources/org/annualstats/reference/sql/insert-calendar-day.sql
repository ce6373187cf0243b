INSERT INTO calendar_day (day_date, day_seq, workday, workday_seq) VALUES (?, ?, ?, ?)
