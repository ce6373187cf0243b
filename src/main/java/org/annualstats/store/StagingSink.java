package org.annualstats.store;

import java.util.ArrayList;
import java.util.List;

import org.annualstats.ingest.ControlTotal;
import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.ParsedRecord;
import org.annualstats.ingest.RecordSink;
import org.annualstats.ingest.RejectedRow;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages one source of one run: records through the loader of the subclass, rejected rows and
 * control totals through JDBC, and each file's provenance once the file is done.
 */
abstract class StagingSink implements RecordSink {

	static final int BATCH_SIZE = 2000;

	protected final JdbcTemplate jdbc;

	protected final String runId;

	protected final SqlFiles sql;

	private final List<Object[]> rejects = new ArrayList<>();

	StagingSink(JdbcTemplate jdbc, SqlFiles sql, String runId) {
		this.jdbc = jdbc;
		this.sql = sql;
		this.runId = runId;
	}

	/** Queues a record; {@code row} starts with file sequence and row number. */
	protected abstract void stage(Object[] row);

	/** Writes what {@link #stage} queued. */
	protected abstract void flushRecords();

	@Override
	public final void accepted(ParsedRecord record) {
		Object[] row = new Object[2 + record.values().length];
		row[0] = record.fileSeq();
		row[1] = record.rowNo();
		System.arraycopy(record.values(), 0, row, 2, record.values().length);
		stage(row);
	}

	@Override
	public void rejected(RejectedRow row) {
		this.rejects.add(new Object[] { this.runId, row.source(), row.file(), row.sheet(), row.rowNo(), row.field(),
				truncate(row.value()), truncate(row.reason()), truncate(row.key()), truncate(row.column()),
				truncate(row.cell()) });
		if (this.rejects.size() >= BATCH_SIZE) {
			flushRejects();
		}
	}

	@Override
	public void controlTotal(ControlTotal total) {
		this.jdbc.update(this.sql.get("insert-control-total.sql"), this.runId, total.source(), total.file(),
				total.rowNo(), total.field(), total.declared(), total.computed(), total.fileHadRejects());
	}

	@Override
	public void flush() {
		flushRecords();
		flushRejects();
	}

	@Override
	public void fileStarting(String sourceId, String file) {
		for (String statement : SqlFiles.statements(this.sql.get("clear-file-report.sql"))) {
			this.jdbc.update(statement, this.runId, sourceId, file);
		}
	}

	@Override
	public void fileDone(FileReport report) {
		flush();
		this.jdbc.update(this.sql.get("insert-ingested-file.sql"), this.runId, report.source(), report.fileSeq(),
				report.file(), report.size(), report.sha256(), report.encoding(), report.delimiter(), report.sheet(),
				report.headerRow(), report.rowsRead(), report.rowsAccepted(), report.rowsRejected(),
				truncate(String.join(", ", report.unknownColumns())));
	}

	private void flushRejects() {
		if (!this.rejects.isEmpty()) {
			this.jdbc.batchUpdate(this.sql.get("insert-rejected-row.sql"), this.rejects);
			this.rejects.clear();
		}
	}

	static String truncate(String text) {
		return (text != null && text.length() > 1000) ? text.substring(0, 997) + "..." : text;
	}

}
