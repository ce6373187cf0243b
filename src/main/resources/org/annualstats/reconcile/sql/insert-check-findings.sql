INSERT INTO finding (run_id, check_id, severity, source, record_key, message)
SELECT :run_id, :check_id, :severity, f.source, f.record_key, {message}
FROM (
{check}
) f
