INSERT INTO run_definition (run_id, definition_id, sha256) VALUES (:run_id, :definition_id, :sha256)
