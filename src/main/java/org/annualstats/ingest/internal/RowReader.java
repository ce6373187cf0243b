package org.annualstats.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens one export file for reading its rows in order, whatever its format. */
public interface RowReader {

	/**
	 * Opens the input for its rows; the cursor reads the input's bytes to their end by the time it is
	 * closed, so the input's size and digest describe what was read.
	 */
	RowCursor open(ExportInput input) throws IOException;

	/** The reader for a file's extension, or {@code null} when the extension is not an export format. */
	static RowReader forFile(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return new DelimitedTextReader();
		}
		if (name.endsWith(".xlsx")) {
			return new XlsxReader();
		}
		if (name.endsWith(".xls")) {
			return new XlsReader();
		}
		return null;
	}

}
