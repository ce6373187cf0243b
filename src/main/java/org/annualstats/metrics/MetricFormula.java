package org.annualstats.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.metrics.SourceRows.Column;

/**
 * How a figure is computed, as its row of {@code jobs/metrics/definitions.csv} says: which rows of
 * which source count, what is measured of them, and how they are broken down.
 *
 * @param dimension the breakdown, {@code null} for a single figure
 * @param line the definition's line in its file
 */
record MetricFormula(String metricId, SourceRows rows, RowFilter filter, Measure measure, Dimension dimension,
		int line) {

	/** What a breakdown member is called when the row has no value to group by. */
	static final String UNSPECIFIED = "UNSPECIFIED";

	private static final Pattern CALL = Pattern.compile("([a-z_]+)\\(\\s*(distinct\\s+)?([^()\\s]*)\\s*\\)");

	/**
	 * {@code count} (rows), {@code sum(column)} or {@code count(distinct column)}.
	 *
	 * @param column the column summed or whose values are counted, {@code null} for a row count
	 */
	record Measure(String function, Column column) {

		static final String COUNT = "count";

		static final String SUM = "sum";

		static final String COUNT_DISTINCT = "count(distinct)";

		static Measure parse(String text, SourceRows rows) {
			if (text.equals(COUNT)) {
				return new Measure(COUNT, null);
			}
			Matcher call = CALL.matcher(text);
			boolean sum = call.matches() && call.group(1).equals(SUM) && call.group(2) == null;
			boolean distinct = call.matches() && call.group(1).equals(COUNT) && call.group(2) != null;
			if (!sum && !distinct) {
				throw new IllegalArgumentException(
						"'" + text + "' is not a measure: count, sum(column) or count(distinct column)");
			}
			Column column = rows.require(call.group(3));
			if (sum && column.kind() != ColumnKind.NUMBER) {
				throw new IllegalArgumentException("sum needs a column of numbers; " + column.name() + " holds "
						+ column.kind().word() + " values");
			}
			return new Measure(sum ? SUM : COUNT_DISTINCT, column);
		}

		/**
		 * The aggregate over the rows aliased {@code r} that match the filter, of a measure that adds up
		 * over groups of rows.
		 */
		String sql(RowFilter filter) {
			String aggregate = switch (this.function) {
				case SUM -> "SUM(r." + this.column.name() + ")";
				case COUNT -> "COUNT(*)";
				default -> throw new IllegalStateException(this + " does not add up over groups of rows");
			};
			return filter.isEmpty() ? aggregate : aggregate + " FILTER (WHERE " + filter.sql() + ")";
		}

		/** Whether the figure of a set of rows is the sum of the figures of its parts. */
		boolean additive() {
			return !COUNT_DISTINCT.equals(this.function);
		}

		@Override
		public String toString() {
			return switch (this.function) {
				case SUM -> "sum(" + this.column.name() + ")";
				case COUNT_DISTINCT -> "count(distinct " + this.column.name() + ")";
				default -> COUNT;
			};
		}

	}

	/**
	 * A breakdown, {@code name(column)}: {@code month(date_column)} has a member for each month
	 * {@code 01}–{@code 12} of the dates that fall in the year; any other name groups the rows by the
	 * column's values, a row without one under {@value MetricFormula#UNSPECIFIED}.
	 */
	record Dimension(String name, Column column) {

		static final String MONTH = "month";

		static Dimension parse(String text, SourceRows rows) {
			Matcher call = CALL.matcher(text);
			if (!call.matches() || call.group(2) != null) {
				throw new IllegalArgumentException("'" + text + "' is not a breakdown: month(date_column) or "
						+ "name(column), e.g. item(item_code)");
			}
			Column column = rows.require(call.group(3));
			Dimension dimension = new Dimension(call.group(1), column);
			ColumnKind needed = dimension.isMonth() ? ColumnKind.DATE : ColumnKind.TEXT;
			if (column.kind() != needed) {
				throw new IllegalArgumentException(call.group(1) + "(…) needs a column of " + needed.word()
						+ " values; " + column.name() + " holds " + column.kind().word() + " values");
			}
			return dimension;
		}

		boolean isMonth() {
			return MONTH.equals(this.name);
		}

		/**
		 * A row's member: the month of a date in the year ({@code null} outside the year, so that
		 * a breakdown of end dates counts those of the year only), or the column's value.
		 */
		String sql() {
			String column = "r." + this.column.name();
			return isMonth() ? "CASE WHEN " + column + " BETWEEN :year_start AND :year_end THEN EXTRACT(MONTH FROM "
					+ column + ") END" : "COALESCE(" + column + ", '" + UNSPECIFIED + "')";
		}

		/** The member as stored: months as {@code 01}–{@code 12}. */
		String member(Object value) {
			return isMonth() ? String.format("%02d", ((Number) value).intValue()) : value.toString();
		}

		String words() {
			return isMonth() ? "by month of " + this.column.label() + " (dates in the year only)"
					: "by " + this.column.label() + " (" + this.name + "; rows without one under " + UNSPECIFIED + ")";
		}

		@Override
		public String toString() {
			return this.name + "(" + this.column.name() + ")";
		}

	}

	/** The definition in words, for people checking a figure. */
	String words() {
		String what = switch (this.measure.function()) {
			case Measure.SUM -> "The sum of " + this.measure.column().label() + " over the " + this.rows.words();
			case Measure.COUNT_DISTINCT -> "The number of different values of " + this.measure.column().label()
					+ " among the " + this.rows.words();
			default -> "The number of " + this.rows.words();
		};
		String which = this.filter.isEmpty() ? "" : " where " + this.filter.words();
		String breakdown = (this.dimension != null) ? ", " + this.dimension.words() : "";
		return what + " of the year" + which + breakdown + ".";
	}

}
