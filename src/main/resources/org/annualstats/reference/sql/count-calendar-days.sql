SELECT COUNT(*) FROM workday_calendar_day WHERE calendar_sha256 = ?
