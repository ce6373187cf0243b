package org.annualstats.ingest;

import java.util.List;

/**
 * A source system's export contract: its fields, the key identifying a record and the date that
 * attributes a record to a year.
 */
public record SourceSpec(String id, String keyField, String dateField, String labelZh, String labelEn,
		List<FieldSpec> fields) {

	/** Store columns in field order; a DAYS field adds its unit flag right after it. */
	public List<String> columns() {
		return this.fields.stream()
			.flatMap((f) -> (f.type() == FieldType.DAYS) ? java.util.stream.Stream.of(f.name(), calendarFlag(f))
					: java.util.stream.Stream.of(f.name()))
			.toList();
	}

	static String calendarFlag(FieldSpec field) {
		return field.name().replace("_days", "") + "_calendar_days";
	}

}
