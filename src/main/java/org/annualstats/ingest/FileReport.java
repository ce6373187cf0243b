package org.annualstats.ingest;

import java.util.List;

/**
 * Provenance of one ingested file (in run.json); read = accepted + rejected. Of the accepted
 * rows, {@code rowsDuplicate} were merged into another row of the same key and
 * {@code rowsOutOfPeriod} became records outside the year; both are counted at reconciliation.
 */
public record FileReport(String source, int fileSeq, String file, long size, String sha256, String encoding,
		String delimiter, String sheet, long headerRow, long rowsRead, long rowsAccepted, long rowsRejected,
		long rowsDuplicate, long rowsOutOfPeriod, List<String> unknownColumns) {
}
