SELECT sha256 FROM reference_digest WHERE name = 'workday-calendar'
