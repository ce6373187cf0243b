package org.annualstats.console;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.annualstats.ingest.ControlCharacters;
import org.annualstats.store.SqlFiles;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** The audit log (审计日志): who did what, when and from where. Rows are added, never changed. */
@Service
public class AuditLog {

	/** What was done. */
	public enum Action {

		SIGN_IN, SIGN_IN_FAILED, RERUN, RERUN_REFUSED, RELEASE, RELEASE_REFUSED, USER_ADDED, USER_REMOVED

	}

	/** One entry. */
	public record Entry(LocalDateTime at, String user, String from, Action action, String detail) {
	}

	private static final int DETAIL_LENGTH = 2000;

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(AuditLog.class);

	AuditLog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param user who: a console user, or for a failed sign-in the name that was tried
	 * @param from a host address, or {@code command line}
	 */
	public void record(String user, String from, Action action, String detail) {
		this.jdbc.update(this.sql.get("insert-audit.sql"),
				Map.of("audited_at", Timestamp.valueOf(LocalDateTime.now().withNano(0)), "username",
						clip(user, 100), "remote", clip(from, 100), "action", action.name(), "detail",
						clip(detail, DETAIL_LENGTH)));
	}

	/** Newest first. */
	public List<Entry> entries(int offset, int limit) {
		return this.jdbc.query(this.sql.get("select-audit.sql"), Map.of("offset", offset, "limit", limit),
				(rs, i) -> new Entry(rs.getObject("audited_at", LocalDateTime.class), rs.getString("username"),
						rs.getString("remote"), Action.valueOf(rs.getString("action")), rs.getString("detail")));
	}

	public long count() {
		Long count = this.jdbc.queryForObject(this.sql.get("count-audit.sql"), Map.of(), Long.class);
		return (count != null) ? count : 0;
	}

	/** A name tried at sign-in is anything a client sent: kept inert and short. */
	private static String clip(String text, int length) {
		String inert = ControlCharacters.escape((text != null) ? text : "");
		return (inert.length() > length) ? inert.substring(0, length) : inert;
	}

}
