DELETE FROM stage_{source} WHERE run_id IN (:run_ids)
