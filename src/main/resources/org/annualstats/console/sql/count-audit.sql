SELECT COUNT(*) FROM console_audit
