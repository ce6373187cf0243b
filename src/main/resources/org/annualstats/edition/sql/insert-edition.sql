INSERT INTO released_edition (stat_year, edition_no, run_id, released_by, released_at, replaces_no, folder)
VALUES (:year, :number, :run_id, :released_by, :released_at, :replaces, :folder)
