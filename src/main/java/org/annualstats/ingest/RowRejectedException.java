package org.annualstats.ingest;

/**
 * A data row that cannot be read as a record of its source. The ingest step filters it out and
 * keeps it as a rejected row; it is an expected outcome, so it carries no stack trace.
 */
public class RowRejectedException extends RuntimeException {

	private final transient RejectedRow row;

	public RowRejectedException(RejectedRow row) {
		super("row " + row.rowNo() + " of " + row.file() + " rejected: " + row.field() + " " + row.reason(), null,
				false, false);
		this.row = row;
	}

	public RejectedRow row() {
		return this.row;
	}

}
