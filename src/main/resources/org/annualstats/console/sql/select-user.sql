SELECT username, password_hash, role FROM console_user WHERE username = :username
