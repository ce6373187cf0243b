INSERT INTO stats_run (run_id, stat_year, as_of, locale, run_trigger, status, input_root, output_root, started_at)
VALUES (:run_id, :year, :as_of, :locale, :trigger, :status, :input_root, :output_root, :started_at)
