-- The run of the previous year whose figures a run compared its own with, so that a figure of an
-- older run is explained beside the previous year it was published with.
ALTER TABLE stats_run ADD COLUMN previous_run_id VARCHAR(40);
-- Runs before this column compared, as a rule, with the previous year's latest completed run at
-- their end; a run that only stored figures for the next year's comparison (it has a message)
-- compared with none.
UPDATE stats_run SET previous_run_id = (
    SELECT p.run_id FROM stats_run p
    WHERE p.stat_year = stats_run.stat_year - 1 AND p.status = 'PUBLISHED' AND p.ended_at <= stats_run.ended_at
    ORDER BY p.ended_at DESC, p.run_id DESC
    FETCH FIRST 1 ROW ONLY)
WHERE status = 'PUBLISHED' AND message IS NULL;
