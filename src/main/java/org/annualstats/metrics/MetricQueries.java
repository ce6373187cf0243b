package org.annualstats.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.annualstats.metrics.MetricFormula.Dimension;
import org.annualstats.store.SqlTemplate;

/**
 * The SQL that computes the figures of a source's definitions, each a conditional aggregate
 * ({@code FILTER (WHERE …)}) over the source's rows, so that a source is read once rather than
 * once per figure. Single figures and monthly breakdowns of sums and counts share one query grouped
 * by the months of every date they break down by (at most 13 groups per date): a figure is the sum
 * of its groups. Breakdowns by value, and counts of different values, which do not add up across
 * groups, get a query per breakdown.
 */
final class MetricQueries {

	private static final String ROWS = "FROM (\n{rows}\n) r";

	/** The name of a pass's n-th breakdown column, unlikely to be a column of the rows. */
	private static final String KEY = "breakdown_";

	/** The column of a row's breakdown member in {@link #rows}. */
	static final String MEMBER = KEY + "member";

	private MetricQueries() {
	}

	/**
	 * One query over a source's rows: the members of its {@code keys}, then the aggregates of its
	 * definitions, each computed once however many definitions share it.
	 *
	 * @param values per definition, the result column of its figure
	 * @param counts per definition whose breakdown lists only members with rows, the result column
	 * of its number of rows; 0 for the others
	 */
	record Pass(SourceRows rows, List<Dimension> keys, List<MetricFormula> formulas, int[] values, int[] counts,
			String sql) {

		/** Whether the definition's members are those with rows, not a fixed list (months). */
		static boolean countsRows(MetricFormula formula) {
			return formula.dimension() != null && !formula.dimension().isMonth();
		}

	}

	static List<Pass> passes(SourceRows rows, List<MetricFormula> formulas) {
		Map<List<Dimension>, List<MetricFormula>> byKeys = new LinkedHashMap<>();
		List<Dimension> months = new ArrayList<>();
		List<MetricFormula> shared = new ArrayList<>();
		for (MetricFormula formula : formulas) {
			Dimension dimension = formula.dimension();
			if (formula.measure().additive() && (dimension == null || dimension.isMonth())) {
				shared.add(formula);
				if (dimension != null && !months.contains(dimension)) {
					months.add(dimension);
				}
			}
			else {
				byKeys.computeIfAbsent((dimension != null) ? List.of(dimension) : List.of(), (k) -> new ArrayList<>())
					.add(formula);
			}
		}
		List<Pass> passes = new ArrayList<>();
		if (!shared.isEmpty()) {
			passes.add(pass(rows, months, shared));
		}
		byKeys.forEach((keys, group) -> passes.add(pass(rows, keys, group)));
		return passes;
	}

	private static Pass pass(SourceRows rows, List<Dimension> keys, List<MetricFormula> formulas) {
		List<String> columns = new ArrayList<>();
		List<String> keyColumns = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			keyColumns.add(keys.get(i).sql() + " AS " + KEY + i);
			columns.add(KEY + i);
		}
		int[] values = new int[formulas.size()];
		int[] counts = new int[formulas.size()];
		for (int i = 0; i < formulas.size(); i++) {
			MetricFormula formula = formulas.get(i);
			values[i] = column(columns, formula.measure().sql(formula.filter()));
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
			.sql("rows", rows.sql())
			.render();
		return new Pass(rows, keys, formulas, values, counts, sql);
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
