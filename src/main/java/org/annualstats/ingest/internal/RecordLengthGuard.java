package org.annualstats.ingest.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds what one record of a text file may make the parser read: an unbalanced quote would
 * otherwise turn the rest of the file, however large, into a single field held in memory.
 */
final class RecordLengthGuard extends FilterReader {

	static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;

	private long sinceLastRecord;

	private long lastRecordNumber;

	RecordLengthGuard(Reader in) {
		super(in);
	}

	/** The parser delivered a record: the count starts again. */
	void recordRead(long recordNumber) {
		this.sinceLastRecord = 0;
		this.lastRecordNumber = recordNumber;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		count((c >= 0) ? 1 : 0);
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read = super.read(buffer, offset, length);
		count(Math.max(read, 0));
		return read;
	}

	private void count(int chars) throws IOException {
		this.sinceLastRecord += chars;
		if (this.sinceLastRecord > MAX_RECORD_CHARS) {
			throw new IOException("the row after row " + this.lastRecordNumber + " is longer than "
					+ (MAX_RECORD_CHARS / (1024 * 1024)) + " MB (an unbalanced quote?)");
		}
	}

}
