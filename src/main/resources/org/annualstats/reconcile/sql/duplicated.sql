SELECT d.record_key, MAX(d.copies) AS copies, COUNT(DISTINCT d.fingerprint) AS versions
FROM {dup} d
GROUP BY d.record_key
