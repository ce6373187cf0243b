package org.annualstats.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.ingest.FieldSpec;
import org.annualstats.ingest.FieldType;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.SourceSpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a run's ingested rows to the staging tables (COPY on PostgreSQL, JDBC batches on H2).
 * Staging is keyed by run and source, so a repeated ingest of a source first clears what an
 * interrupted attempt left; a finished run's staged rows are purged.
 */
@Repository
public class StagingRepository {

	private final JdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(StagingRepository.class);

	private final DatabaseVendor vendor;

	public StagingRepository(JdbcTemplate jdbc, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.vendor = vendor;
	}

	/**
	 * Makes the run's staging ready before its files are ingested. Staging tables are shared by all
	 * runs for now, so there is nothing to create; a restarted run calls this again.
	 */
	public void prepare(String runId) {
	}

	/**
	 * Refreshes the planner's statistics of a table after a bulk load: without them PostgreSQL
	 * plans the reconciliation of millions of fresh rows as if they were a few hundred.
	 */
	public void analyze(String table) {
		this.jdbc.execute(
				SqlTemplate.of(this.vendor.statement(this.sql, "analyze.sql")).identifier("table", table).render());
	}

	/** Removes a finished run's staged rows; its findings, rejects and provenance stay. */
	public void purge(String runId, SourceSpec source) {
		String delete = SqlTemplate.of(this.sql.get("clear-stage.sql")).identifier("source", source.id()).render();
		this.jdbc.update(delete, runId);
	}

	/** Removes what an earlier attempt of this run staged for the source. */
	public void clear(String runId, SourceSpec source) {
		purge(runId, source);
		for (String statement : this.sql.get("clear-ingest-report.sql").split(";")) {
			if (!statement.isBlank()) {
				this.jdbc.update(statement, runId, source.id());
			}
		}
	}

	/**
	 * A sink that stages into this run — through COPY on PostgreSQL, JDBC batches elsewhere; call
	 * {@link RecordSink#flush} per chunk and {@link RecordSink#fileDone} per file.
	 */
	public RecordSink sink(String runId, SourceSpec source) {
		String columns = SqlTemplate.of("run_id, file_seq, row_no, fingerprint, {columns}")
			.identifiers("columns", source.columns())
			.render();
		String table = SqlTemplate.of("stage_{source}").identifier("source", source.id()).render();
		return this.vendor.isPostgres() ? new PostgresCopySink(this.jdbc, this.sql, runId, table, columns)
				: new JdbcBatchSink(this.jdbc, this.sql, runId, table, columns, sqlTypes(source));
	}

	private static int[] sqlTypes(SourceSpec source) {
		List<Integer> types = new ArrayList<>();
		for (FieldSpec field : source.fields()) {
			types.add(sqlType(field.type()));
			if (field.type() == FieldType.DAYS) {
				types.add(Types.BOOLEAN);
			}
		}
		return types.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int sqlType(FieldType type) {
		return switch (type) {
			case TEXT, ENUM -> Types.VARCHAR;
			case DATE -> Types.DATE;
			case BOOL -> Types.BOOLEAN;
			case MONEY -> Types.DECIMAL;
			case COUNT, DAYS -> Types.BIGINT;
		};
	}

}
