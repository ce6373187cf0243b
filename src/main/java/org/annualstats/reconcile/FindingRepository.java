package org.annualstats.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.annualstats.store.DatabaseVendor;
import org.annualstats.store.RowStream;
import org.annualstats.store.SqlFiles;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a run's findings, in the order of the reconciliation report. */
@Repository
public class FindingRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(FindingRepository.class);

	private final RowStream rows;

	private final DatabaseVendor vendor;

	public FindingRepository(NamedParameterJdbcTemplate jdbc, RowStream rows, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.vendor = vendor;
	}

	/**
	 * Streams a run's findings in report order, texts in code point order whatever the database's
	 * collation: there may be one per record.
	 */
	public void forEachFinding(String runId, Consumer<Finding> consumer) {
		this.rows.forEach(this.vendor.statement(this.sql, "select-findings.sql"), Map.of("run_id", runId),
				(rs) -> consumer.accept(finding(rs)));
	}

	/** Counts per check id, in check order. */
	public Map<String, Long> countsByCheck(String runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.query(this.sql.get("count-findings.sql"), Map.of("run_id", runId),
				(RowCallbackHandler) (rs) -> counts.put(rs.getString("check_id"), rs.getLong("findings")));
		return counts;
	}

	/** The first error findings, for a one-line explanation. */
	public List<Finding> firstErrors(String runId) {
		return this.jdbc.query(this.sql.get("select-first-errors.sql"), Map.of("run_id", runId),
				(rs, i) -> finding(rs));
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		return new Finding(rs.getString("check_id"), Severity.of(rs.getString("severity")), rs.getString("source"),
				rs.getString("record_key"), rs.getString("message"));
	}

	/** Replaces a run's findings of one check, so that a resumed step records them once. */
	public void replace(String runId, String checkId, List<Finding> findings) {
		this.jdbc.update(this.sql.get("delete-check-findings.sql"), Map.of("run_id", runId, "check_id", checkId));
		for (Finding finding : findings) {
			this.jdbc.update(this.sql.get("insert-finding.sql"),
					Map.of("run_id", runId, "check_id", finding.checkId(), "severity", finding.severity().id(), "source",
							finding.source(), "record_key", finding.key(), "message", finding.message()));
		}
	}

	public long errorCount(String runId) {
		Long errors = this.jdbc.queryForObject(this.sql.get("count-errors.sql"), Map.of("run_id", runId), Long.class);
		return (errors != null) ? errors : 0;
	}

}
