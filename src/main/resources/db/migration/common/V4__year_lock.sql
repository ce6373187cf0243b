-- One run per statistical year at a time, across every process sharing the store. A holder that
-- stopped refreshing heartbeat_at (killed, machine lost) is taken over after a while.
CREATE TABLE year_lock (
    stat_year INTEGER NOT NULL PRIMARY KEY,
    run_id VARCHAR(40) NOT NULL,
    owner VARCHAR(300) NOT NULL,
    acquired_at TIMESTAMP NOT NULL,
    heartbeat_at TIMESTAMP NOT NULL
);
