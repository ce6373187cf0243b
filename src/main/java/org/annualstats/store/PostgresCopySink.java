package org.annualstats.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stages records with PostgreSQL's {@code COPY … FROM STDIN} in its binary format: one COPY per
 * flush (a chunk of rows) on the transaction's connection, fed in 256 KB pieces, so it commits with
 * the chunk. Binary, because neither side then formats or parses text: dates, numbers and flags
 * travel as the database stores them. The driver's socket timeout bounds reads only: a piece
 * written to a database that stopped reading blocks on the full socket buffer for ever, so a
 * watchdog closes the connection when a write takes longer than that timeout, which ends the
 * write with an error.
 */
class PostgresCopySink extends StagingSink {

	private static final int CHUNK = 256 * 1024;

	/** The binary format's signature, flags (none) and header extension length (none). */
	private static final byte[] HEADER = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0,
			0, 0, 0, 0 };

	/** The binary format counts days from 2000-01-01. */
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

	/**
	 * The chunk's commit does not wait for its WAL to reach the disk (the staging table is logged,
	 * since it becomes the year's records), which would cost a flush per chunk. Safe: WAL is
	 * written in order, so the next commit that does wait, at the latest that of Batch's record of
	 * how far the file was read, makes the chunk durable too; a database crash before it loses the
	 * chunk and that record together, and a resumed run reads the chunk again.
	 */
	private static final String ASYNCHRONOUS_COMMIT = "SET LOCAL synchronous_commit TO OFF";

	/** Removes a cancelled watch at once: it holds its sink, and would stay queued for the whole timeout. */
	private static final ScheduledExecutorService WATCHDOG = watchdog();

	private final String copySql;

	private final String file;

	private final Duration timeout;

	private byte[] chunk = new byte[CHUNK + 4096];

	/** The bytes of {@link #chunk} not yet written. */
	private int length;

	private Connection connection;

	private CopyIn copy;

	/**
	 * @param file the file the rows come from, named when the database stops taking them
	 * @param timeout how long one write may take before the connection counts as gone silent
	 */
	PostgresCopySink(JdbcTemplate jdbc, SqlFiles sql, String runId, String table, String columns, String file,
			Duration timeout) {
		super(jdbc, sql, runId);
		this.copySql = "COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT binary)";
		this.file = file;
		this.timeout = timeout;
	}

	@Override
	protected void stage(Object[] row) {
		if (this.copy == null && this.length == 0) {
			put(HEADER, HEADER.length);
		}
		ensure(2);
		this.chunk[this.length++] = (byte) (row.length >>> 8);
		this.chunk[this.length++] = (byte) row.length;
		for (Object value : row) {
			appendField(value);
		}
		if (this.length >= CHUNK) {
			write();
		}
	}

	@Override
	protected void flushRecords() {
		if (this.copy == null && this.length == 0) {
			return;
		}
		// the trailer: a row of -1 fields
		ensure(2);
		this.chunk[this.length++] = (byte) 0xff;
		this.chunk[this.length++] = (byte) 0xff;
		write();
		try {
			watched(this.copy::endCopy);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("COPY into staging failed: " + ex.getMessage(), ex);
		}
		finally {
			release();
		}
	}

	/**
	 * A field as the binary format has it: its length (-1 for NULL), then the value in the column
	 * type's binary form. The record's Java types follow the column types: {@code Integer} the file's
	 * sequence, {@code Long} row numbers and counts, {@code BigDecimal} money.
	 */
	private void appendField(Object value) {
		ensure(12);
		if (value == null) {
			putInt(-1);
		}
		else if (value instanceof String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			putInt(bytes.length);
			put(bytes, bytes.length);
		}
		else if (value instanceof LocalDate date) {
			putInt(4);
			putInt((int) (date.toEpochDay() - POSTGRES_EPOCH_DAY));
		}
		else if (value instanceof Long number) {
			putInt(8);
			putInt((int) (number >>> 32));
			putInt(number.intValue());
		}
		else if (value instanceof Integer number) {
			putInt(4);
			putInt(number);
		}
		else if (value instanceof Boolean flag) {
			putInt(1);
			this.chunk[this.length++] = (byte) (flag ? 1 : 0);
		}
		else if (value instanceof BigDecimal decimal) {
			byte[] bytes = ByteConverter.numeric(decimal);
			putInt(bytes.length);
			put(bytes, bytes.length);
		}
		else {
			throw new IllegalArgumentException("no binary COPY form for a " + value.getClass().getName());
		}
	}

	private void putInt(int value) {
		this.chunk[this.length++] = (byte) (value >>> 24);
		this.chunk[this.length++] = (byte) (value >>> 16);
		this.chunk[this.length++] = (byte) (value >>> 8);
		this.chunk[this.length++] = (byte) value;
	}

	private void put(byte[] bytes, int count) {
		ensure(count);
		System.arraycopy(bytes, 0, this.chunk, this.length, count);
		this.length += count;
	}

	private void ensure(int room) {
		if (this.length + room > this.chunk.length) {
			this.chunk = Arrays.copyOf(this.chunk, Math.max(this.chunk.length * 2, this.length + room));
		}
	}

	private void write() {
		boolean written = false;
		try {
			if (this.copy == null) {
				DataSource dataSource = this.jdbc.getDataSource();
				this.connection = DataSourceUtils.getConnection(dataSource);
				try (Statement statement = this.connection.createStatement()) {
					statement.execute(ASYNCHRONOUS_COMMIT);
				}
				this.copy = this.connection.unwrap(PGConnection.class).getCopyAPI().copyIn(this.copySql);
			}
			watched(() -> this.copy.writeToCopy(this.chunk, 0, this.length));
			this.length = 0;
			written = true;
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("COPY into staging failed: " + ex.getMessage(), ex);
		}
		finally {
			if (!written) {
				cancel();
			}
		}
	}

	private static ScheduledExecutorService watchdog() {
		ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "copy-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		watchdog.setRemoveOnCancelPolicy(true);
		return watchdog;
	}

	private interface CopyWork {

		void run() throws SQLException;

	}

	/**
	 * Does a write of the COPY; when it has not returned within the timeout, closes the connection's
	 * socket, which ends the blocked write with an error (abort takes no lock that write holds), then
	 * has the database end the COPY's session from another connection of the pool, so that its locks
	 * on the staging table go with it and a resumed run can drop the table: a session waiting for
	 * rows heeds no cancel request, and may not notice the closed socket for a long time.
	 * @throws StalledCopyException when the watchdog closed the connection
	 */
	private void watched(CopyWork work) throws SQLException {
		Connection physical = this.connection.unwrap(Connection.class);
		int session = physical.unwrap(PGConnection.class).getBackendPID();
		AtomicBoolean aborted = new AtomicBoolean();
		ScheduledFuture<?> watch = WATCHDOG.schedule(() -> {
			aborted.set(true);
			try {
				physical.abort(Runnable::run);
				this.jdbc.queryForObject(this.sql.get("postgresql/terminate-backend.sql"), Boolean.class, session);
			}
			catch (SQLException | DataAccessException ex) {
				// closed already, or the database cannot be reached: the session ends when it notices
			}
		}, this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		try {
			work.run();
		}
		catch (SQLException ex) {
			if (aborted.get()) {
				throw new StalledCopyException(this.file, this.timeout, ex);
			}
			throw ex;
		}
		finally {
			watch.cancel(false);
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
		this.length = 0;
		if (this.connection != null) {
			DataSourceUtils.releaseConnection(this.connection, this.jdbc.getDataSource());
			this.connection = null;
		}
	}

}
