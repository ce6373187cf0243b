INSERT INTO certificate_item (cat_year, code, name) VALUES (?, ?, ?)
