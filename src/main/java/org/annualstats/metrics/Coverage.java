package org.annualstats.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The months a source's records cover in the year and in the previous year (SPEC §4 coverage).
 * Sources too small to judge (fewer than 10 records a month on average) are never flagged.
 */
public record Coverage(int year, Set<Integer> months, long records, Set<Integer> previousMonths,
		long previousRecords) {

	static final int MIN_RECORDS_PER_MONTH = 10;

	public boolean comparable() {
		return !judged() || this.months.equals(this.previousMonths);
	}

	private boolean judged() {
		return this.records >= 12L * MIN_RECORDS_PER_MONTH && this.previousRecords >= 12L * MIN_RECORDS_PER_MONTH;
	}

	/** The note for a row of a metric of this source; {@code null} when the years compare like for like. */
	public String noteFor(String dimension, String member) {
		if (comparable()) {
			return null;
		}
		if ("month".equals(dimension)) {
			int month = Integer.parseInt(member);
			if (this.months.contains(month) && this.previousMonths.contains(month)) {
				return null;
			}
		}
		return (this.year - 1) + "年数据仅覆盖" + describe(this.previousMonths) + "，" + this.year + "年覆盖"
				+ describe(this.months) + "，两年覆盖月份不同，增幅不宜直接比较";
	}

	/** "6–11月", "1–3、5–12月". */
	static String describe(Set<Integer> months) {
		if (months.isEmpty()) {
			return "0个月";
		}
		List<String> ranges = new ArrayList<>();
		List<Integer> sorted = new ArrayList<>(new TreeSet<>(months));
		int start = sorted.get(0);
		int end = start;
		for (int month : sorted.subList(1, sorted.size())) {
			if (month != end + 1) {
				ranges.add((start == end) ? String.valueOf(start) : start + "–" + end);
				start = month;
			}
			end = month;
		}
		ranges.add((start == end) ? String.valueOf(start) : start + "–" + end);
		return String.join("、", ranges) + "月";
	}

}
