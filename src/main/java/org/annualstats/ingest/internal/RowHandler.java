package org.annualstats.ingest.internal;

import java.util.List;

/** Receives a sheet's rows in order; cells are text, workbook values already rendered. */
public interface RowHandler {

	/** Called before the rows of a workbook sheet. */
	default void sheet(String name) {
	}

	/**
	 * @param rowNumber the 1-based line (CSV) or row (workbook) number a person sees
	 * @return {@code false} to stop reading
	 */
	boolean row(long rowNumber, List<String> cells);

}
