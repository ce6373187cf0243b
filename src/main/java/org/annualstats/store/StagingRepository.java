package org.annualstats.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.annualstats.ingest.FieldSpec;
import org.annualstats.ingest.FieldType;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.SourceSpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a run's ingested rows to staging tables of its own (COPY on PostgreSQL, JDBC batches on
 * H2): {@code stage_<source>_<run>}, without indexes. On H2 they are shaped like the empty template
 * {@code stage_<source>} and live until the run's records are copied out of them; on PostgreSQL
 * they are shaped like the year's partition of the records, which they become. A finished run's
 * work tables are dropped whole: dropping a table costs the same for ten rows as for ten million,
 * deleting them does not. A later run of the year drops the tables of runs that will never be
 * resumed.
 */
@Repository
public class StagingRepository {

	private final JdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(StagingRepository.class);

	private final DatabaseVendor vendor;

	private final StoreTimeouts timeouts;

	StagingRepository(JdbcTemplate jdbc, DatabaseVendor vendor, StoreTimeouts timeouts) {
		this.jdbc = jdbc;
		this.vendor = vendor;
		this.timeouts = timeouts;
	}

	/**
	 * Refreshes the planner's statistics of a table after a bulk load: without them PostgreSQL
	 * plans the reconciliation of millions of fresh rows as if they were a few hundred.
	 */
	public void analyze(String table) {
		this.jdbc.execute(
				SqlTemplate.of(this.vendor.statement(this.sql, "analyze.sql")).identifier("table", table).render());
	}

	/**
	 * Refreshes the statistics of the records after a run stored a year of them. On PostgreSQL
	 * nothing: the year's partition is the staging table, which keeps the statistics taken after
	 * its load.
	 */
	public void analyzeRecords(SourceSpec source) {
		if (!this.vendor.isPostgres()) {
			analyze(source.id() + "_record");
		}
	}

	/**
	 * The name of a table that belongs to one run: {@code <kind>_<source>_<run>}, e.g. the run's
	 * staging ({@code stage}) or a step's work table.
	 */
	public static String runTable(String kind, String runId, SourceSpec source) {
		return runTable(kind + "_" + source.id(), runId);
	}

	/** The name of a table of one run that is about no source in particular: {@code <kind>_<run>}. */
	public static String runTable(String kind, String runId) {
		String name = kind + runSuffix(runId);
		if (!SqlTemplate.isIdentifier(name) || name.length() > 63) {
			throw new IllegalArgumentException("run " + runId + " cannot name a table: " + name);
		}
		return name;
	}

	/** The table this run stages the source into. */
	public static String stageTable(String runId, SourceSpec source) {
		return runTable("stage", runId, source);
	}

	private static String runSuffix(String runId) {
		return "_" + runId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
	}

	/** Creates the run's staging table of the source, empty, unless an earlier attempt made it. */
	public void prepare(String runId, int year, SourceSpec source) {
		String statements = SqlTemplate.of(this.vendor.statement(this.sql, "create-run-stage.sql"))
			.identifier("table", stageTable(runId, source))
			.identifier("source", source.id())
			.sql("year", String.valueOf(year))
			.render();
		for (String statement : SqlFiles.statements(statements)) {
			this.jdbc.execute(statement);
		}
	}

	/**
	 * Drops every table of the run (staging and work tables); its findings, rejects and provenance
	 * stay.
	 * @return the number of tables dropped
	 */
	public int dropRunTables(String runId) {
		String suffix = runSuffix(runId);
		int dropped = 0;
		for (String table : this.jdbc.queryForList(this.sql.get("select-tables.sql"), String.class)) {
			String name = table.toLowerCase(Locale.ROOT);
			if (name.endsWith(suffix) && SqlTemplate.isIdentifier(name)) {
				this.jdbc.execute(SqlTemplate.of("DROP TABLE IF EXISTS {table}").identifier("table", name).render());
				dropped++;
			}
		}
		return dropped;
	}

	/**
	 * A sink that stages into this run — through COPY on PostgreSQL, JDBC batches elsewhere; call
	 * {@link RecordSink#flush} per chunk and {@link RecordSink#fileDone} per file.
	 * @param file the file whose rows the sink stages, as failures name it
	 */
	public RecordSink sink(String runId, SourceSpec source, String file) {
		String columns = SqlTemplate.of("file_seq, row_no, {columns}")
			.identifiers("columns", source.columns())
			.render();
		String table = stageTable(runId, source);
		return this.vendor.isPostgres()
				? new PostgresCopySink(this.jdbc, this.sql, runId, table, columns, file, this.timeouts.socket())
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
