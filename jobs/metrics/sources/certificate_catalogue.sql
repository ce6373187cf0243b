-- The certificate items under notification-commitment in the year's catalogue
-- (jobs/reference/certificate-catalogue.csv, or the input root's reference/ copy).
SELECT code, name
FROM certificate_item
WHERE cat_year = :year
