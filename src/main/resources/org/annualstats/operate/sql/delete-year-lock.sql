DELETE FROM year_lock WHERE stat_year = :year AND owner = :owner
