package org.annualstats.ingest;

import java.util.List;

/** Provenance of one ingested file (SPEC §5 run.json); read = accepted + rejected. */
public record FileReport(String source, int fileSeq, String file, long size, String sha256, String encoding,
		String delimiter, String sheet, long headerRow, long rowsRead, long rowsAccepted, long rowsRejected,
		List<String> unknownColumns) {
}
