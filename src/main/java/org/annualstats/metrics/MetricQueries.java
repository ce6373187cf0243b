package org.annualstats.metrics;

import java.util.ArrayList;
import java.util.List;

import org.annualstats.metrics.MetricFormula.Dimension;
import org.annualstats.store.SqlTemplate;

/**
 * The SQL that computes a source's figures in one query, so that the source's rows (a permit's join
 * the calendar twice) are read once however many definitions they have. The query groups the rows
 * by every breakdown the definitions use (the month of a date, the value of a column) and by every
 * column whose different values a definition counts, with each definition's conditional aggregate
 * ({@code FILTER (WHERE …)}) per group. A count or sum is the sum of its groups; a count of
 * different values, which does not add up, is the number of different values of its column among
 * the groups that have rows it counts. The groups are the combinations of key values that occur (13
 * per month key, with dates outside the year), not rows.
 */
final class MetricQueries {

	private static final String ROWS = "FROM (\n{rows}\n) r";

	/** The name of the query's n-th key column, unlikely to be a column of the rows. */
	private static final String KEY = "breakdown_";

	/** The column of a row's breakdown member in {@link #rows}. */
	static final String MEMBER = KEY + "member";

	private MetricQueries() {
	}

	/**
	 * The query over a source's rows: its keys, then the aggregates of its definitions, each computed
	 * once however many definitions share it. Columns count from 1.
	 *
	 * @param members per definition, the column of its breakdown member; 0 for a single figure
	 * @param values per definition, the column of its aggregate, or of the values whose different
	 * ones it counts
	 * @param counts per definition whose breakdown lists only members with rows, or that counts
	 * different values, the column of its number of rows; 0 for the others
	 */
	record Pass(List<MetricFormula> formulas, int[] members, int[] values, int[] counts, String sql) {

		/** Whether the definition's figure needs its number of rows per group. */
		static boolean countsRows(MetricFormula formula) {
			return (formula.dimension() != null && !formula.dimension().isMonth()) || !formula.measure().additive();
		}

	}

	/** @param calendarTable the table of the run's calendar days, keyed by date */
	static Pass pass(SourceRows rows, List<MetricFormula> formulas, String calendarTable) {
		List<String> keys = new ArrayList<>();
		for (MetricFormula formula : formulas) {
			if (formula.dimension() != null) {
				column(keys, formula.dimension().sql());
			}
			if (!formula.measure().additive()) {
				column(keys, counted(formula));
			}
		}
		List<String> columns = new ArrayList<>();
		List<String> keyColumns = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			keyColumns.add(keys.get(i) + " AS " + KEY + i);
			columns.add(KEY + i);
		}
		int[] members = new int[formulas.size()];
		int[] values = new int[formulas.size()];
		int[] counts = new int[formulas.size()];
		for (int i = 0; i < formulas.size(); i++) {
			MetricFormula formula = formulas.get(i);
			if (formula.dimension() != null) {
				members[i] = keys.indexOf(formula.dimension().sql()) + 1;
			}
			values[i] = formula.measure().additive() ? column(columns, formula.measure().sql(formula.filter()))
					: keys.indexOf(counted(formula)) + 1;
			if (Pass.countsRows(formula)) {
				counts[i] = column(columns, formula.filter().isEmpty() ? "COUNT(*)"
						: "COUNT(*) FILTER (WHERE " + formula.filter().sql() + ")");
			}
		}
		// keys are computed in a subquery and grouped by name: PostgreSQL would not see two copies of
		// an expression with parameters as the same
		String from = keys.isEmpty() ? ROWS
				: "FROM (SELECT r.*, {keys}\n      " + ROWS + ") r\nGROUP BY "
						+ String.join(", ", columns.subList(0, keys.size()));
		String sql = SqlTemplate.of("SELECT {columns}\n" + from)
			.sql("columns", String.join(",\n       ", columns))
			.sql("keys", String.join(", ", keyColumns))
			.sql("rows", rows.sql(calendarTable))
			.render();
		return new Pass(formulas, members, values, counts, sql);
	}

	/** The column whose different values a definition counts. */
	private static String counted(MetricFormula formula) {
		return "r." + formula.measure().column().name();
	}

	/** The result column (from 1) of an expression, added unless the query has it already. */
	private static int column(List<String> columns, String expression) {
		if (!columns.contains(expression)) {
			columns.add(expression);
		}
		return columns.indexOf(expression) + 1;
	}

	/**
	 * The rows a definition counts, in file order, each with its breakdown member (column
	 * {@code breakdown_member}); only those of one member when the query's {@code :member} is bound.
	 */
	static String rows(MetricFormula formula, boolean oneMember) {
		Dimension dimension = formula.dimension();
		String member = (dimension != null) ? dimension.sql() : "''";
		StringBuilder where = new StringBuilder(formula.filter().sql());
		if (dimension != null) {
			where.append(" AND ").append(member).append(oneMember ? " = :member" : " IS NOT NULL");
		}
		SourceRows rows = formula.rows();
		String order = rows.hasProvenance() ? "r.file_seq, r.row_no" : "r." + rows.keyColumn();
		return SqlTemplate.of("SELECT r.*, {member} AS " + MEMBER + "\n" + ROWS + "\nWHERE {where}\nORDER BY {order}")
			.sql("member", member)
			.sql("rows", rows.sql())
			.sql("where", where.toString())
			.sql("order", order)
			.render();
	}

}
