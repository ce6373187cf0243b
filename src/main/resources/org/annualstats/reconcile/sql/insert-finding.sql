INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
VALUES (:run_id, :check_id, :severity, :source, :record_key, :message)
