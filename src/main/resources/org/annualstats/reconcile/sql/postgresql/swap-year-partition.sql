DROP TABLE IF EXISTS {partition};
ALTER TABLE {built} RENAME TO {partition};
ALTER TABLE {source}_record ATTACH PARTITION {partition} FOR VALUES IN ({year})
