DELETE FROM calendar_day
