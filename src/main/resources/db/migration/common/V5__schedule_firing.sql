-- Each scheduled firing of a year is claimed by one scheduler process: the first insert wins.
CREATE TABLE schedule_firing (
    fire_time TIMESTAMP NOT NULL,
    stat_year INTEGER NOT NULL,
    claimed_by VARCHAR(300) NOT NULL,
    claimed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (fire_time, stat_year)
);
