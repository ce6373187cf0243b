DELETE FROM finding WHERE run_id = :run_id AND check_id IN ('R4', 'R5', 'R6', 'R7', 'R9')
