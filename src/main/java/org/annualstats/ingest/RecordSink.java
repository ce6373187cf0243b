package org.annualstats.ingest;

/**
 * Where ingestion hands what it read: accepted records, rejected rows and control totals. A sink
 * may buffer; {@link #flush} writes what it holds in the caller's transaction, so rows are committed
 * together with the position a restart resumes from.
 */
public interface RecordSink {

	void accepted(ParsedRecord record);

	void rejected(RejectedRow row);

	void controlTotal(ControlTotal total);

	/** Writes the buffered records and rejects: called at the end of every chunk of rows. */
	default void flush() {
	}

	/**
	 * Called once a file has been read completely: flushes, and records the file's provenance in
	 * place of any an earlier attempt recorded.
	 */
	default void fileDone(FileReport report) {
	}

	/** Called before a file's control totals are handed over: forgets those an earlier attempt recorded. */
	default void fileStarting(String sourceId, String file) {
	}

}
