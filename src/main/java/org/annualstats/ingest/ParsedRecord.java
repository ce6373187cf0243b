package org.annualstats.ingest;

/**
 * An accepted row, parsed: {@code values} follow {@link SourceSpec#columns()}. Rows that spell the
 * same values differently (2020/3/5 and 2020-03-05, 11.4万元 and 114000元) parse to the same values,
 * so the store tells identical duplicates from conflicts by comparing the values themselves.
 */
public record ParsedRecord(String source, int fileSeq, long rowNo, Object[] values) {
}
