package org.annualstats.ingest;

/** Where ingestion hands what it read: accepted records, rejected rows and control totals. */
public interface RecordSink {

	void accepted(ParsedRecord record);

	void rejected(RejectedRow row);

	void controlTotal(ControlTotal total);

	/** Called before the first row of a file, with its name under the input root. */
	default void fileStarted(String file) {
	}

	/** Called once a file has been read completely, so buffered rows can be flushed. */
	default void fileDone(FileReport report) {
	}

	/** Called when reading a file stopped half-way (bad input, a stop request): drop what is buffered. */
	default void fileAborted() {
	}

}
