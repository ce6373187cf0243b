package org.annualstats.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stages records with PostgreSQL's {@code COPY … FROM STDIN} (CSV), 3–5× faster than JDBC batches:
 * one COPY per flush (a chunk of rows) on the transaction's connection, fed in 256 KB pieces, so it
 * commits with the chunk.
 */
class PostgresCopySink extends StagingSink {

	private static final int CHUNK = 256 * 1024;

	/**
	 * The chunk's commit does not wait for its WAL to reach the disk (the staging table is logged,
	 * since it becomes the year's records), which would cost a flush per chunk. Safe: WAL is
	 * written in order, so the next commit that does wait, at the latest that of Batch's record of
	 * how far the file was read, makes the chunk durable too; a database crash before it loses the
	 * chunk and that record together, and a resumed run reads the chunk again.
	 */
	private static final String ASYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit TO OFF";

	private final String copySql;

	private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);

	private Connection connection;

	private CopyIn copy;

	PostgresCopySink(JdbcTemplate jdbc, SqlFiles sql, String runId, String table, String columns) {
		super(jdbc, sql, runId);
		this.copySql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)";
	}

	@Override
	protected void stage(Object[] row) {
		for (int i = 0; i < row.length; i++) {
			if (i > 0) {
				this.chunk.append(',');
			}
			appendCsv(row[i]);
		}
		this.chunk.append('\n');
		if (this.chunk.length() >= CHUNK) {
			write();
		}
	}

	@Override
	protected void flushRecords() {
		if (this.copy == null && this.chunk.isEmpty()) {
			return;
		}
		write();
		try {
			this.copy.endCopy();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("COPY into staging failed: " + ex.getMessage(), ex);
		}
		finally {
			release();
		}
	}

	/** CSV as COPY reads it: NULL unquoted and empty, text always quoted (so "" is an empty string). */
	private void appendCsv(Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			this.chunk.append('"');
			if (text.indexOf('"') < 0) {
				this.chunk.append(text);
			}
			else {
				this.chunk.append(text.replace("\"", "\"\""));
			}
			this.chunk.append('"');
		}
		else if (value instanceof BigDecimal decimal) {
			this.chunk.append(decimal.toPlainString());
		}
		else {
			this.chunk.append(value);
		}
	}

	private void write() {
		try {
			if (this.copy == null) {
				DataSource dataSource = this.jdbc.getDataSource();
				this.connection = DataSourceUtils.getConnection(dataSource);
				try (Statement statement = this.connection.createStatement()) {
					statement.execute(ASYNCHRONOUS_COMMIT);
				}
				this.copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.copySql);
			}
			byte[] bytes = this.chunk.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.chunk.setLength(0);
		}
		catch (SQLException ex) {
			cancel();
			throw new DataAccessResourceFailureException("COPY into staging failed: " + ex.getMessage(), ex);
		}
	}

	private void cancel() {
		try {
			if (this.copy != null && this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the connection is gone; release it below
		}
		finally {
			release();
		}
	}

	private void release() {
		this.copy = null;
		if (this.connection != null) {
			DataSourceUtils.releaseConnection(this.connection, this.jdbc.getDataSource());
			this.connection = null;
		}
	}

}
