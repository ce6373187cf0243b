UPDATE stats_run SET status = :status, message = :message WHERE stat_year = :year AND status = :running
