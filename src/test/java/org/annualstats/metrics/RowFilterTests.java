package org.annualstats.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.annualstats.metrics.SourceRows.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter language of {@code jobs/metrics/definitions.csv}: what it means in SQL and in words. */
class RowFilterTests {

	private static final SourceRows ROWS = rows();

	@Test
	void comparisonsCombineWithAndOrNotAndParentheses() {
		RowFilter filter = RowFilter.parse(
				"status = 'OPEN' AND not (closed_on is null or closed_on > :as_of) and flagged", ROWS);
		assertThat(filter.sql()).isEqualTo("(r.status = 'OPEN' AND (r.closed_on IS NULL OR r.closed_on > :as_of) "
				+ "IS NOT TRUE AND r.flagged = TRUE)");
		assertThat(filter.words()).isEqualTo("Status is Open and not (Date closed is empty or Date closed is after "
				+ "the cut-off date) and Flagged");
	}

	@Test
	void listsDatesMovedByDaysAndColumnsComparedWithColumns() {
		RowFilter filter = RowFilter.parse("status not in ('OPEN', 'CLOSED') or closed_on <= opened_on + 60 "
				+ "and amount >= 10.5 and code <> 'it''s'", ROWS);
		assertThat(filter.sql()).isEqualTo("((r.status IN ('OPEN', 'CLOSED')) IS NOT TRUE OR (r.closed_on <= "
				+ "(r.opened_on + 60) AND r.amount >= 10.5 AND r.code <> 'it''s'))");
		assertThat(filter.words()).isEqualTo("(not (Status is one of Open, Closed) or Date closed is on or before "
				+ "Date opened + 60 days and Amount is at least 10.5 and code is not 'it''s')");
	}

	@Test
	void anEmptyFilterCountsEveryRow() {
		assertThat(RowFilter.parse(" ", ROWS).sql()).isEqualTo("TRUE");
	}

	@Test
	void mistakesAreNamed() {
		assertFails("status = 'open'", "'open' is not a value of status; values: OPEN, CLOSED");
		assertFails("status", "expected a condition, e.g. Status = …; only a yes/no column stands alone at "
				+ "character 7, found the end");
		assertFails("closed_on > 'today'",
				"expected values of one kind on both sides, not date and text at character 11");
		assertFails("status < 'OPEN'", "expected = or <> between text values at character 8");
		assertFails("closed_on <= :cut_off", "expected a parameter out of");
		assertFails("Status = 'OPEN'", "expected a column name in lower case at character 1");
		assertFails("status = 'OPEN' flagged", "expected and, or, or the end of the filter at character 17");
		assertFails("amount + 1 > 2", "expected a date + a whole number of days at character 8");
		assertFails("status = 'OPEN'; DROP TABLE x", "cannot read '; DROP TABLE x'");
		assertFails("closed_on = opened_on + :year", "expected a date + a whole number of days at character 23");
		assertFails(":as_of = :year_end", "expected a comparison that involves a column at character 8");
	}

	private static void assertFails(String filter, String message) {
		assertThatThrownBy(() -> RowFilter.parse(filter, ROWS)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith(message);
	}

	private static SourceRows rows() {
		Map<String, Column> columns = new LinkedHashMap<>();
		columns.put("code", new Column("code", ColumnKind.TEXT, "code", null, Map.of()));
		Map<String, String> statuses = new LinkedHashMap<>();
		statuses.put("OPEN", "Open");
		statuses.put("CLOSED", "Closed");
		columns.put("status", new Column("status", ColumnKind.TEXT, "Status", "status", statuses));
		columns.put("opened_on", new Column("opened_on", ColumnKind.DATE, "Date opened", null, Map.of()));
		columns.put("closed_on", new Column("closed_on", ColumnKind.DATE, "Date closed", null, Map.of()));
		columns.put("amount", new Column("amount", ColumnKind.NUMBER, "Amount", null, Map.of()));
		columns.put("flagged", new Column("flagged", ColumnKind.BOOLEAN, "Flagged", null, Map.of()));
		return new SourceRows("test", null, "SELECT 1", null, columns);
	}

}
