package org.annualstats.store;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.RejectedRow;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads back what a run ingested: its files' provenance and its rejected rows. */
@Repository
public class ProvenanceRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(ProvenanceRepository.class);

	private final RowStream rows;

	private final DatabaseVendor vendor;

	public ProvenanceRepository(NamedParameterJdbcTemplate jdbc, RowStream rows, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.vendor = vendor;
	}

	public List<FileReport> files(String runId) {
		return this.jdbc.query(this.sql.get("select-ingested-files.sql"), Map.of("run_id", runId),
				(rs, i) -> new FileReport(rs.getString("source"), rs.getInt("file_seq"), rs.getString("file_name"),
						rs.getLong("file_size"), rs.getString("sha256"), rs.getString("encoding"),
						rs.getString("delimiter"), rs.getString("sheet"), rs.getLong("header_row"),
						rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
						rs.getLong("rows_duplicate"), rs.getLong("rows_out_of_period"),
						columns(rs.getString("unknown_columns"))));
	}

	/**
	 * The run whose files the year's records were read from: a record's {@code file_seq} is the
	 * number of one of that run's {@link #files files}.
	 */
	public Optional<String> recordsRun(int year) {
		return this.jdbc.queryForList(this.sql.get("select-records-run.sql"), Map.of("year", year), String.class)
			.stream()
			.findFirst();
	}

	/**
	 * Streams a run's rejected rows sorted by source, file (in code point order whatever the
	 * database's collation) and row: there may be many.
	 */
	public void forEachReject(String runId, Consumer<RejectedRow> consumer) {
		this.rows.forEach(this.vendor.statement(this.sql, "select-rejected-rows.sql"), Map.of("run_id", runId),
				(rs) -> consumer.accept(new RejectedRow(rs.getString("source"),
						rs.getString("file_name"), rs.getString("sheet"), rs.getLong("row_no"), rs.getString("field"),
						rs.getString("raw_value"), rs.getString("reason"), rs.getString("record_key"),
						rs.getString("source_column"), rs.getString("cell_text"))));
	}

	private static List<String> columns(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split(", "));
	}

}
