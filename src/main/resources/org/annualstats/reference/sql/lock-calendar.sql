SELECT name FROM reference_lock WHERE name = 'workday-calendar' FOR UPDATE
