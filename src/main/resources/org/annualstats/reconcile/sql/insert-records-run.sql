INSERT INTO year_records (stat_year, run_id) VALUES (:year, :run_id)
