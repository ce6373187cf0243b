INSERT INTO schedule_firing (fire_time, stat_year, claimed_by, claimed_at)
VALUES (:fire_time, :year, :claimed_by, :claimed_at)
