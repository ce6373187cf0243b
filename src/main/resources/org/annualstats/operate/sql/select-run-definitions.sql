SELECT definition_id, sha256 FROM run_definition WHERE run_id = :run_id ORDER BY definition_id
