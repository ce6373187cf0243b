package org.annualstats.metrics;

import java.util.Set;

/**
 * The months a source's records cover in the year and in the previous year.
 * Sources too small to judge (fewer than 10 records a month on average) are never flagged.
 */
public record Coverage(int year, Set<Integer> months, long records, Set<Integer> previousMonths,
		long previousRecords) {

	static final int MIN_RECORDS_PER_MONTH = 10;

	public boolean comparable() {
		return !judged(this.records) || !judged(this.previousRecords) || this.months.equals(this.previousMonths);
	}

	/** Whether a row of a metric of this source compares unlike periods and needs the coverage note. */
	public boolean affects(String dimension, String member) {
		if (comparable()) {
			return false;
		}
		if ("month".equals(dimension)) {
			int month = Integer.parseInt(member);
			return !(this.months.contains(month) && this.previousMonths.contains(month));
		}
		return true;
	}

	/**
	 * Whether the source's records of {@code year} (this year or the previous) cover the month; a
	 * month outside the coverage of a source large enough to judge has no figure, not a zero.
	 */
	public boolean covers(int year, int month) {
		boolean current = year == this.year;
		long count = current ? this.records : this.previousRecords;
		return !judged(count) || (current ? this.months : this.previousMonths).contains(month);
	}

	private static boolean judged(long records) {
		return records >= 12L * MIN_RECORDS_PER_MONTH;
	}

}
