INSERT INTO console_audit (audited_at, username, remote, action, detail)
VALUES (:audited_at, :username, :remote, :action, :detail)
