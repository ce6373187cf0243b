package org.annualstats.store;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.ingest.ControlTotal;
import org.annualstats.ingest.FieldSpec;
import org.annualstats.ingest.FieldType;
import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.ParsedRecord;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.RejectedRow;
import org.annualstats.ingest.SourceSpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a run's ingested rows to the staging tables in JDBC batches. Staging is keyed by run and
 * source, so a repeated ingest of a source first clears what an interrupted attempt left.
 */
@Repository
public class StagingRepository {

	static final int BATCH_SIZE = 2000;

	private final JdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(StagingRepository.class);

	private final DatabaseVendor vendor;

	public StagingRepository(JdbcTemplate jdbc, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.vendor = vendor;
	}

	/**
	 * Refreshes the planner's statistics of a table after a bulk load: without them PostgreSQL
	 * plans the reconciliation of millions of fresh rows as if they were a few hundred.
	 */
	public void analyze(String table) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		this.jdbc.execute(this.vendor.statement(this.sql, "analyze.sql").replace("{table}", table));
	}

	/** Removes a finished run's staged rows; its findings, rejects and provenance stay. */
	public void purge(String runId, SourceSpec source) {
		this.jdbc.update(this.sql.get("clear-stage.sql").replace("{source}", tableSuffix(source)), runId);
	}

	/** Removes what an earlier attempt of this run staged for the source. */
	public void clear(String runId, SourceSpec source) {
		this.jdbc.update(this.sql.get("clear-stage.sql").replace("{source}", tableSuffix(source)), runId);
		for (String statement : this.sql.get("clear-ingest-report.sql").split(";")) {
			if (!statement.isBlank()) {
				this.jdbc.update(statement, runId, source.id());
			}
		}
	}

	/** A sink that stages into this run; call {@link RecordSink#fileDone} per file to flush. */
	public RecordSink sink(String runId, SourceSpec source) {
		return new BatchingSink(runId, source);
	}

	private static String tableSuffix(SourceSpec source) {
		if (!source.id().matches("[a-z_]+")) {
			throw new IllegalArgumentException("Source ids are lower-case identifiers: " + source.id());
		}
		return source.id();
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

	private final class BatchingSink implements RecordSink {

		private final String runId;

		private final SourceSpec source;

		private final String insertRecord;

		private final int[] types;

		private final List<Object[]> records = new ArrayList<>(BATCH_SIZE);

		private final List<Object[]> rejects = new ArrayList<>();

		BatchingSink(String runId, SourceSpec source) {
			this.runId = runId;
			this.source = source;
			List<String> columns = source.columns();
			this.insertRecord = "INSERT INTO stage_" + tableSuffix(source) + " (run_id, file_seq, row_no, fingerprint, "
					+ String.join(", ", columns) + ") VALUES (?, ?, ?, ?" + ", ?".repeat(columns.size()) + ")";
			this.types = sqlTypes(source);
		}

		@Override
		public void accepted(ParsedRecord record) {
			Object[] row = new Object[4 + record.values().length];
			row[0] = this.runId;
			row[1] = record.fileSeq();
			row[2] = record.rowNo();
			row[3] = record.fingerprint();
			System.arraycopy(record.values(), 0, row, 4, record.values().length);
			this.records.add(row);
			if (this.records.size() >= BATCH_SIZE) {
				flushRecords();
			}
		}

		@Override
		public void rejected(RejectedRow row) {
			this.rejects.add(new Object[] { this.runId, row.source(), row.file(), row.sheet(), row.rowNo(), row.field(),
					truncate(row.value()), truncate(row.reason()) });
			if (this.rejects.size() >= BATCH_SIZE) {
				flushRejects();
			}
		}

		@Override
		public void controlTotal(ControlTotal total) {
			StagingRepository.this.jdbc.update(StagingRepository.this.sql.get("insert-control-total.sql"), this.runId,
					total.source(), total.file(), total.rowNo(), total.field(), total.declared(), total.computed(),
					total.fileHadRejects());
		}

		@Override
		public void fileDone(FileReport report) {
			flushRecords();
			flushRejects();
			StagingRepository.this.jdbc.update(StagingRepository.this.sql.get("insert-ingested-file.sql"), this.runId,
					report.source(), report.fileSeq(), report.file(), report.size(), report.sha256(), report.encoding(),
					report.delimiter(), report.sheet(), report.headerRow(), report.rowsRead(), report.rowsAccepted(),
					report.rowsRejected(), truncate(String.join(", ", report.unknownColumns())));
		}

		private void flushRecords() {
			if (this.records.isEmpty()) {
				return;
			}
			StagingRepository.this.jdbc.batchUpdate(this.insertRecord, this.records, this.records.size(), (ps, row) -> {
				ps.setString(1, (String) row[0]);
				ps.setInt(2, (Integer) row[1]);
				ps.setLong(3, (Long) row[2]);
				ps.setString(4, (String) row[3]);
				for (int i = 4; i < row.length; i++) {
					if (row[i] == null) {
						ps.setNull(i + 1, this.types[i - 4]);
					}
					else {
						ps.setObject(i + 1, row[i], this.types[i - 4]);
					}
				}
			});
			this.records.clear();
		}

		private void flushRejects() {
			if (!this.rejects.isEmpty()) {
				StagingRepository.this.jdbc.batchUpdate(StagingRepository.this.sql.get("insert-rejected-row.sql"),
						this.rejects);
				this.rejects.clear();
			}
		}

	}

	private static String truncate(String text) {
		return (text != null && text.length() > 1000) ? text.substring(0, 997) + "..." : text;
	}

}
