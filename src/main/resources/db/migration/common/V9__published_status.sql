-- Runs that completed are PUBLISHED, the word the console, history and run.json use.
UPDATE stats_run SET status = 'PUBLISHED' WHERE status = 'COMPLETED';
