package org.annualstats.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Stages records with JDBC batch inserts: the embedded store's loader. */
class JdbcBatchSink extends StagingSink {

	private final String insert;

	private final int[] types;

	private final List<Object[]> records = new ArrayList<>(BATCH_SIZE);

	JdbcBatchSink(JdbcTemplate jdbc, SqlFiles sql, String runId, String table, String columns, int[] types) {
		super(jdbc, sql, runId);
		this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES (?, ?" + ", ?".repeat(types.length)
				+ ")";
		this.types = types;
	}

	@Override
	protected void stage(Object[] row) {
		this.records.add(row);
		if (this.records.size() >= BATCH_SIZE) {
			flushRecords();
		}
	}

	@Override
	protected void flushRecords() {
		if (this.records.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(this.insert, this.records, this.records.size(), (ps, row) -> {
			ps.setInt(1, (Integer) row[0]);
			ps.setLong(2, (Long) row[1]);
			for (int i = 2; i < row.length; i++) {
				if (row[i] == null) {
					ps.setNull(i + 1, this.types[i - 2]);
				}
				else {
					ps.setObject(i + 1, row[i], this.types[i - 2]);
				}
			}
		});
		this.records.clear();
	}

}
