package org.annualstats.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.support.Cli;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvOutputsTests {

	private static final MetricDefinition BY_ITEM = new MetricDefinition("permit.by_item", "permit", "", "count", "件",
			"permit", false, 0, Set.of(), "按事项", "By item", "", "", null);

	@TempDir
	Path temp;

	/** A spreadsheet runs text starting with =, +, -, @, tab or CR as a formula; a negative number is no formula. */
	@Test
	void textThatWouldRunAsAFormulaIsPrefixedAndNumbersAreNot() throws Exception {
		Path file = this.temp.resolve("metrics.csv");
		new CsvOutputs(null, null, null, new Labels(Locale.ROOT)).metrics(file, 2020,
				List.of(row("\tA"), row("\r=1+1"), row("+1-2"), row("-2+3"), row("=cmd|' /C calc'!A0"), row("@SUM(1)")),
				Map.of());
		List<CSVRecord> records = Cli.csv(file);
		assertThat(records).extracting((r) -> r.get("member"))
			.containsExactly("'\tA", "'\r=1+1", "'+1-2", "'-2+3", "'=cmd|' /C calc'!A0", "'@SUM(1)");
		assertThat(records).extracting((r) -> r.get("value"), (r) -> r.get("change"), (r) -> r.get("change_ratio"))
			.containsOnly(tuple("3", "-7", "-0.7000"));
	}

	private static MetricRow row(String member) {
		return new MetricRow(BY_ITEM, "item", member, BigDecimal.valueOf(3), BigDecimal.TEN, BigDecimal.valueOf(-7),
				new BigDecimal("-0.7"), null);
	}

}
