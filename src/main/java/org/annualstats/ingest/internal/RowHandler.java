package org.annualstats.ingest.internal;

import java.util.List;

/** Receives a sheet's rows in order; cells are text, workbook values already rendered. */
public interface RowHandler {

	/**
	 * Called before the rows of a workbook sheet.
	 * @param date1904 whether the workbook counts days in the 1904 date system, so that bare serial
	 * numbers in date columns are read in it
	 */
	default void sheet(String name, boolean date1904) {
	}

	/**
	 * @param rowNumber the 1-based line (CSV) or row (workbook) number a person sees
	 * @return {@code false} to stop reading
	 */
	boolean row(long rowNumber, List<String> cells);

}
