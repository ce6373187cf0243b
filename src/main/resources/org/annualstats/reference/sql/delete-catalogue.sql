DELETE FROM certificate_item WHERE cat_year = ?
