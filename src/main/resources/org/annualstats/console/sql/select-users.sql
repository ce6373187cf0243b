SELECT username, role, created_at FROM console_user ORDER BY username
