package org.annualstats.ingest;

/**
 * A row kept out of every figure, with the field, its value and the reason.
 *
 * @param value the value as read (trimmed), or the date that breaks a rule of date order
 * @param reason the {@link Problem} as stored; {@link ProblemFormat} puts it into words
 * @param key the record's key as the file has it, {@code null} when it could not be read
 * @param column the file's own header of the field's column, {@code null} when the file has none
 * @param cell the cell exactly as the file has it, {@code null} when the file has no such column
 */
public record RejectedRow(String source, String file, String sheet, long rowNo, String field, String value,
		String reason, String key, String column, String cell) {
}
