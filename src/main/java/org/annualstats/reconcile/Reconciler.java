package org.annualstats.reconcile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.annualstats.reconcile.ReconciliationChecks.Phase;
import org.annualstats.reconcile.ReconciliationChecks.RecordsCheck;
import org.annualstats.store.DatabaseVendor;
import org.annualstats.store.SqlFiles;
import org.annualstats.store.SqlTemplate;
import org.annualstats.store.StagingRepository;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a run's staged rows into the year's records and its findings. Each part is one
 * transaction and starts by deleting what a previous attempt of the same run left.
 */
@Service
public class Reconciler {

	private final NamedParameterJdbcTemplate jdbc;

	private final SourceCatalog catalog;

	private final FindingRepository findings;

	private final ReconciliationChecks checks;

	private final SqlFiles sql = new SqlFiles(Reconciler.class);

	private final DatabaseVendor vendor;

	public Reconciler(NamedParameterJdbcTemplate jdbc, SourceCatalog catalog, FindingRepository findings,
			ReconciliationChecks checks, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.vendor = vendor;
		this.catalog = catalog;
		this.findings = findings;
		this.checks = checks;
		// the duplicate detection's statements write these findings' ids and severities themselves
		checks.computes("R1", Phase.DUPLICATES, Severity.INFO, "duplicate_identical");
		checks.computes("R2", Phase.DUPLICATES, Severity.WARNING, "duplicate_conflicting");
		checks.computes("R3", Phase.DUPLICATES, Severity.WARNING, "out_of_period");
		checks.computes("R8", Phase.STAGED, "totals_differ", "totals_differ_after_rejects");
		checks.computes("R10", Phase.STAGED, "source_missing");
	}

	/**
	 * Finds the staged rows of each source that share a key with another, by one grouping of the
	 * keys: per key the number of copies and each row's position from the last (file order, then row
	 * order), the last being the one that counts. Only keys with copies are kept, so the table is
	 * small and the checks and the records below look rows up in it instead of searching the staging
	 * for later rows. The embedded store groups along an index of the keys, in constant memory;
	 * PostgreSQL sorts hashes of them. Made again from scratch when a step is repeated.
	 */
	@Transactional
	public void findDuplicates(String runId) {
		for (SourceSpec source : this.catalog.sources()) {
			for (String table : List.of(StagingRepository.runTable("dup", runId, source),
					StagingRepository.runTable("keys", runId, source))) {
				this.jdbc.getJdbcTemplate()
					.execute(SqlTemplate.of("DROP TABLE IF EXISTS {table}").identifier("table", table).render());
			}
			String create = forSource(this.vendor.statement(this.sql, "create-duplicates.sql"), runId, source);
			for (String statement : SqlFiles.statements(create)) {
				this.jdbc.getJdbcTemplate().execute(statement);
			}
			this.jdbc.getJdbcTemplate().execute(forSource(this.sql.get("index-duplicates.sql"), runId, source));
		}
	}

	/**
	 * Checks what was staged (R1, R2, R3, R8, R10) and counts each file's duplicate and
	 * out-of-period rows, before anything of the year's stored records changes, so that a run
	 * stopped by an error leaves them as they were.
	 * @return the number of error findings
	 */
	@Transactional
	public long checkStaged(String runId, int year) {
		MapSqlParameterSource params = params(runId, year);
		this.jdbc.update(this.sql.get("delete-findings.sql"), params);
		for (SourceSpec source : this.catalog.sources()) {
			params.addValue("source", source.id());
			for (String check : List.of("r1-identical-duplicates.sql", "r2-conflicting-duplicates.sql",
					"r3-out-of-period.sql")) {
				this.jdbc.update(forSource(this.sql.get(check), runId, source), params);
			}
			countPerFile(runId, source, params);
		}
		checkControlTotals(params);
		checkSourcesPresent(params, year);
		return this.findings.errorCount(runId);
	}

	/**
	 * Replaces the year's records with one per key of this run's staged rows, in period, noting the
	 * run they come from, then runs the checks of the records declared in {@code jobs/checks/} (the
	 * references between the sources, R4–R7 and R9) — all in one transaction. On PostgreSQL the
	 * staging table itself becomes the year's partition; the embedded store copies the rows.
	 */
	@Transactional
	public void replaceYearRecords(String runId, int year) {
		MapSqlParameterSource params = params(runId, year);
		for (SourceSpec source : this.catalog.sources()) {
			if (this.vendor.isPostgres()) {
				String swap = template(this.sql.get("postgresql/swap-year-partition.sql"), runId, source)
					.identifier("partition", source.id() + "_record_y" + year)
					.sql("year", String.valueOf(year))
					.render();
				for (String statement : SqlFiles.statements(swap)) {
					this.jdbc.update(statement, params);
				}
			}
			else {
				this.jdbc.update(forSource(this.sql.get("delete-year-records.sql"), runId, source), params);
				this.jdbc.update(template(this.sql.get("insert-year-records.sql"), runId, source)
					.identifier("records", source.id() + "_record")
					.render(), params);
			}
		}
		this.jdbc.update(this.sql.get("delete-records-run.sql"), params);
		this.jdbc.update(this.sql.get("insert-records-run.sql"), params);
		for (RecordsCheck check : this.checks.queries()) {
			MapSqlParameterSource checkParams = check.parameters(params);
			this.jdbc.update(this.sql.get("delete-check-findings.sql"), checkParams);
			this.jdbc.update(check.insert(), checkParams);
		}
	}

	private static MapSqlParameterSource params(String runId, int year) {
		return ReconciliationChecks.parameters(runId, year);
	}

	/** Each file's rows merged into another row, and its records outside the year, for provenance. */
	private void countPerFile(String runId, SourceSpec source, MapSqlParameterSource params) {
		this.jdbc.query(forSource(this.sql.get("file-counts.sql"), runId, source), params,
				(RowCallbackHandler) (rs) -> this.jdbc.update(this.sql.get("update-file-counts.sql"),
						new MapSqlParameterSource(params.getValues()).addValue("file_seq", rs.getInt("file_seq"))
							.addValue("duplicates", rs.getLong("duplicates"))
							.addValue("out_of_period", rs.getLong("out_of_period"))));
	}

	private String forSource(String statement, String runId, SourceSpec source) {
		return template(statement, runId, source).render();
	}

	private SqlTemplate template(String statement, String runId, SourceSpec source) {
		return SqlTemplate.of(statement)
			.template("is_winner", this.sql.get("is-winner.sql"))
			.template("duplicated", this.sql.get("duplicated.sql"))
			.identifier("stage", StagingRepository.stageTable(runId, source))
			.identifier("dup", StagingRepository.runTable("dup", runId, source))
			.identifier("keys", StagingRepository.runTable("keys", runId, source))
			.identifier("source", source.id())
			.identifier("key", source.keyField())
			.identifier("date", source.dateField())
			.identifiers("columns", source.columns());
	}

	/** R8: a 合计 row that disagrees with its file; jobs/checks/ says how much that matters. */
	private void checkControlTotals(MapSqlParameterSource params) {
		this.jdbc.query(this.sql.get("control-totals.sql"), params, (RowCallbackHandler) (rs) -> {
			BigDecimal declared = rs.getBigDecimal("declared");
			BigDecimal computed = rs.getBigDecimal("computed");
			if (declared.compareTo(computed) != 0) {
				String file = rs.getString("file_name");
				long row = rs.getLong("row_no");
				String field = rs.getString("field");
				insert(params, this.checks.finding(
						rs.getBoolean("file_had_rejects") ? "totals_differ_after_rejects" : "totals_differ",
						rs.getString("source"), file + "#" + row + ":" + field, file, row, field, plain(declared),
						plain(computed)));
			}
		});
	}

	/** R10: every source needs at least one export file for the year. */
	private void checkSourcesPresent(MapSqlParameterSource params, int year) {
		Set<String> ingested = new HashSet<>(this.jdbc.queryForList(this.sql.get("ingested-sources.sql"), params,
				String.class));
		for (SourceSpec source : this.catalog.sources()) {
			if (!ingested.contains(source.id())) {
				insert(params, this.checks.finding("source_missing", source.id(), year + "/" + source.id(), source.id()));
			}
		}
	}

	private void insert(MapSqlParameterSource params, Finding finding) {
		this.jdbc.update(this.sql.get("insert-finding.sql"),
				new MapSqlParameterSource(Map.of("run_id", params.getValue("run_id"), "check_id", finding.checkId(),
						"severity", finding.severity().id(), "source", finding.source(), "record_key", finding.key(),
						"message", finding.message())));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
