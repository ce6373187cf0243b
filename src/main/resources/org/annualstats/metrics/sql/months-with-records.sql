SELECT stat_year, CAST(EXTRACT(MONTH FROM {date}) AS INTEGER) AS month_no, COUNT(*) AS records
FROM {source}_record
WHERE stat_year IN (:year, :year - 1)
GROUP BY stat_year, CAST(EXTRACT(MONTH FROM {date}) AS INTEGER)
