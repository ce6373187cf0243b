package org.annualstats.report;

import java.util.regex.Pattern;

/**
 * Text from the input stays text when a CSV file is opened in a spreadsheet (OWASP CSV
 * injection): a value that would run as a formula gets a leading {@code '}; numbers never do.
 */
public final class CsvCells {

	/** What a spreadsheet opening the file would run as a formula, unless it is a plain number. */
	private static final Pattern FORMULA = Pattern.compile("[=+\\-@\t\r].*", Pattern.DOTALL);

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

	private CsvCells() {
	}

	/** The cells of a record as they are written. */
	public static Object[] inert(Object... values) {
		Object[] cells = values.clone();
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] instanceof String text && FORMULA.matcher(text).matches() && !NUMBER.matcher(text).matches()) {
				cells[i] = "'" + text;
			}
		}
		return cells;
	}

}
