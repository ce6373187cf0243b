-- The year lock's times come from the store's clock and are instants: processes in different time
-- zones, or with clocks apart, agree on how old a heartbeat is.
ALTER TABLE year_lock ALTER COLUMN acquired_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE year_lock ALTER COLUMN heartbeat_at SET DATA TYPE TIMESTAMP WITH TIME ZONE;
