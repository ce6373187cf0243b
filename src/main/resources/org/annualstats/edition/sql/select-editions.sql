SELECT stat_year, edition_no, run_id, released_by, released_at, replaces_no, folder
FROM released_edition
WHERE stat_year = :year
ORDER BY edition_no
