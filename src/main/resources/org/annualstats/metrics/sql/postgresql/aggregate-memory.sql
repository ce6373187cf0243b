-- A source's query groups millions of rows by a few keys whose combinations the planner cannot
-- count; with the default 4 MB it sorts them on disk instead of hashing the few thousand groups.
SET LOCAL work_mem = '256MB'
