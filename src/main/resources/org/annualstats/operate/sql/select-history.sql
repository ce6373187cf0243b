SELECT r.run_id, r.stat_year, r.run_trigger, r.status, r.started_at, r.ended_at, r.message, r.input_root, r.output_root,
       (SELECT COALESCE(SUM(f.rows_read), 0) FROM ingested_file f WHERE f.run_id = r.run_id) AS rows_read,
       (SELECT COUNT(*) FROM finding x WHERE x.run_id = r.run_id) AS findings
FROM stats_run r
WHERE (:year = 0 OR r.stat_year = :year)
ORDER BY r.started_at DESC, r.run_id DESC
