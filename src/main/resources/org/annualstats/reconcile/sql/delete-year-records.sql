DELETE FROM {source}_record WHERE stat_year = :year
