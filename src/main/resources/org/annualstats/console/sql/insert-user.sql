INSERT INTO console_user (username, password_hash, role, created_at)
VALUES (:username, :password_hash, :role, :created_at)
