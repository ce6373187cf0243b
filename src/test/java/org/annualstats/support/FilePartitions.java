package org.annualstats.support;

import java.sql.SQLException;
import java.time.Duration;

/** What a test learns of the file partitions of a running job from the job repository. */
public final class FilePartitions {

	private FilePartitions() {
	}

	/**
	 * Waits until a file partition of {@code source} has committed a chunk and runs on, so that
	 * stopping or killing its process cuts the file off half-way.
	 */
	public static void awaitCommittedChunk(TestStore store, String source, Duration timeout) throws Exception {
		await(store, source, "commit_count > 0", "committed a chunk", timeout);
	}

	/** Waits until a file partition of {@code source} runs: its first chunk is being read. */
	public static void awaitRunning(TestStore store, String source, Duration timeout) throws Exception {
		await(store, source, "commit_count = 0", "started", timeout);
	}

	private static void await(TestStore store, String source, String condition, String what, Duration timeout)
			throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (running(store, source, condition) == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no file partition of " + source + " " + what + " within " + timeout);
			}
			Thread.sleep(50);
		}
	}

	private static long running(TestStore store, String source, String condition) throws SQLException {
		try {
			return store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:" + source
					+ "-%' AND status = 'STARTED' AND " + condition);
		}
		catch (SQLException ex) {
			if ("42P01".equals(ex.getSQLState())) {
				// the process has not created the job repository yet
				return 0;
			}
			throw ex;
		}
	}

}
