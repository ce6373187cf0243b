package org.annualstats.ingest;

/** How a field's raw text is parsed. */
public enum FieldType {

	TEXT, DATE, BOOL, MONEY, COUNT,
	/** A count of days: working days unless the header's unit says calendar days. */
	DAYS, ENUM;

	boolean summable() {
		return this == MONEY || this == COUNT;
	}

}
