SELECT s.* FROM stage_{source} s
WHERE s.run_id = :run_id
  AND NOT EXISTS ({later})
