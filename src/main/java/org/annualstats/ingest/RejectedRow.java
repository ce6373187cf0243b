package org.annualstats.ingest;

/**
 * A row kept out of every figure, with the field, raw value and reason (SPEC §2.5).
 *
 * @param reason the {@link Problem} as stored; {@link ProblemFormat} puts it into words
 */
public record RejectedRow(String source, String file, String sheet, long rowNo, String field, String value,
		String reason) {
}
