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
		long deadline = System.nanoTime() + timeout.toNanos();
		while (committedAndRunning(store, source) == 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no file partition of " + source + " committed a chunk within " + timeout);
			}
			Thread.sleep(50);
		}
	}

	private static long committedAndRunning(TestStore store, String source) throws SQLException {
		try {
			return store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:" + source
					+ "-%' AND status = 'STARTED' AND commit_count > 0");
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
