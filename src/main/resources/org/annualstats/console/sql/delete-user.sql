DELETE FROM console_user WHERE username = :username
