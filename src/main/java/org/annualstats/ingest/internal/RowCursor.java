package org.annualstats.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of one open export file, pulled one at a time so that a reader can stop after any row
 * and a restart can pass over the rows already taken. Cells are text, workbook values already
 * rendered.
 */
public interface RowCursor extends Closeable {

	/** What was detected about the file: encoding and delimiter, or the sheet read. */
	FileFormat format();

	/** Whether the workbook counts days in the 1904 date system (bare serial numbers in date columns). */
	default boolean date1904() {
		return false;
	}

	/** Moves to the next row; {@code false} at the end of the file. */
	boolean next() throws IOException;

	/** The 1-based line (text) or row (workbook) number a person sees. */
	long rowNumber();

	List<String> cells();

}
