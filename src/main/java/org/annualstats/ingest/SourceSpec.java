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
		return this.fields.stream().flatMap((f) -> columns(f).stream()).toList();
	}

	/** The store columns of one field: its own, and for a DAYS field its unit flag. */
	public static List<String> columns(FieldSpec field) {
		return (field.type() == FieldType.DAYS) ? List.of(field.name(), calendarFlag(field)) : List.of(field.name());
	}

	static String calendarFlag(FieldSpec field) {
		return field.name().replace("_days", "") + "_calendar_days";
	}

}
