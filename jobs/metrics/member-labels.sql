-- Readable names for the members of breakdowns by item: metric_id, member, label.
-- (Decision members are named from jobs/sources/enums.csv.)
SELECT CAST('commitment.by_item' AS VARCHAR(100)) AS metric_id, code AS member, name AS label
FROM certificate_item WHERE cat_year = :year
UNION ALL
SELECT 'permit.by_item', item_code, MAX(item_name)
FROM permit_record WHERE stat_year = :year AND item_name IS NOT NULL
GROUP BY item_code
