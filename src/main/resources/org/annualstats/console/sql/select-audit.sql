SELECT audited_at, username, remote, action, detail
FROM console_audit
ORDER BY audit_id DESC
LIMIT :limit OFFSET :offset
