UPDATE reference_digest SET sha256 = ? WHERE name = 'workday-calendar'
