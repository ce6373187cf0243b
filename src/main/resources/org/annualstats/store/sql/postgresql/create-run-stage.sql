-- Shaped like the year's partition of the records, which it becomes once its duplicates and rows
-- outside the year are deleted: logged, so that the records it turns into need no copy.
CREATE TABLE IF NOT EXISTS {table} (LIKE {source}_record, CHECK (stat_year = {year}));
ALTER TABLE {table} ALTER COLUMN stat_year SET DEFAULT {year}
