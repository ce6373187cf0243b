-- 证明事项告知承诺: commitments signed instead of certificates, the catalogue, verification.
SELECT CAST('commitment.cases' AS VARCHAR(100)) AS metric_id, CAST('' AS VARCHAR(40)) AS dimension,
       CAST('' AS VARCHAR(200)) AS member, CAST(COUNT(*) AS DECIMAL(24,6)) AS num_value
FROM commitment_record WHERE stat_year = :year
UNION ALL
SELECT 'commitment.catalogue_items', '', '', COUNT(*)
FROM certificate_item WHERE cat_year = :year
UNION ALL
SELECT 'commitment.items_used', '', '', COUNT(DISTINCT c.certificate_code)
FROM commitment_record c
JOIN certificate_item i ON i.cat_year = :year AND i.code = c.certificate_code
WHERE c.stat_year = :year
UNION ALL
SELECT 'commitment.verified', '', '', COUNT(*)
FROM commitment_record
WHERE stat_year = :year AND verification IN ('VERIFIED_TRUE', 'VERIFIED_FALSE') AND verified_on <= :as_of
UNION ALL
SELECT 'commitment.false', '', '', COUNT(*)
FROM commitment_record
WHERE stat_year = :year AND verification = 'VERIFIED_FALSE' AND verified_on <= :as_of
UNION ALL
SELECT 'commitment.by_item', 'item', certificate_code, COUNT(*)
FROM commitment_record WHERE stat_year = :year
GROUP BY certificate_code
UNION ALL
SELECT 'commitment.cases.by_month', 'month', m.member, COUNT(c.commitment_no)
FROM month_of_year m
LEFT JOIN commitment_record c ON c.stat_year = :year AND EXTRACT(MONTH FROM c.committed_on) = m.month_no
GROUP BY m.member
UNION ALL
-- months of the year only: an end after 31 December (a later as_of) counts in the total, in no month
SELECT 'commitment.verified.by_month', 'month', m.member, COUNT(c.commitment_no)
FROM month_of_year m
LEFT JOIN commitment_record c ON c.stat_year = :year AND c.verification IN ('VERIFIED_TRUE', 'VERIFIED_FALSE') AND c.verified_on <= :as_of
    AND EXTRACT(YEAR FROM c.verified_on) = :year AND EXTRACT(MONTH FROM c.verified_on) = m.month_no
GROUP BY m.member
UNION ALL
SELECT 'commitment.false.by_month', 'month', m.member, COUNT(c.commitment_no)
FROM month_of_year m
LEFT JOIN commitment_record c ON c.stat_year = :year AND c.verification = 'VERIFIED_FALSE' AND c.verified_on <= :as_of
    AND EXTRACT(YEAR FROM c.verified_on) = :year AND EXTRACT(MONTH FROM c.verified_on) = m.month_no
GROUP BY m.member
