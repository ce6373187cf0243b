package org.annualstats.operate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The meaning of one export file, independent of its layout: its data rows and totals rows in file
 * order, each a map field id → value. Values are {@link String} (text), {@link java.time.LocalDate},
 * {@link Long} (count), {@link java.math.BigDecimal} (money in 元), {@link Boolean}, {@link Canonical}
 * (enum id), {@link Raw} (a value that does not parse and must stay exactly as bad) or null (blank).
 */
record ExportTable(String source, String file, List<ExportRow> rows) {

	/** A data row, or a totals row (合计) carrying control totals under count and money fields. */
	record ExportRow(Map<String, Object> values, boolean total) {

	}

	/** An enumeration value as its canonical id. */
	record Canonical(String id) {

	}

	/** A value that does not parse (a deliberately bad row): written back verbatim as text. */
	record Raw(String text) {

	}

	List<ExportRow> dataRows() {
		return this.rows.stream().filter((r) -> !r.total()).toList();
	}

	/** The rows of several tables, in the order given (which keeps the order that decides conflicts). */
	static ExportTable concat(String source, String file, List<ExportTable> tables) {
		List<ExportRow> rows = new ArrayList<>();
		tables.forEach((t) -> rows.addAll(t.rows()));
		return new ExportTable(source, file, rows);
	}

}
