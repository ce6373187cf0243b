package org.annualstats.ingest;

/**
 * An accepted row, parsed: {@code values} follow {@link SourceSpec#columns()}; the fingerprint
 * identifies its parsed content, so identical duplicates can be told from conflicts.
 */
public record ParsedRecord(String source, int fileSeq, long rowNo, Object[] values, String fingerprint) {
}
