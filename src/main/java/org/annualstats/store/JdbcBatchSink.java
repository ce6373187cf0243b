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
		this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES (?, ?, ?, ?" + ", ?".repeat(types.length)
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

}
