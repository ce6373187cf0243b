DELETE FROM finding WHERE run_id = :run_id AND check_id = :check_id
