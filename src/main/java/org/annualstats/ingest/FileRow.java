package org.annualstats.ingest;

import java.util.List;

/** A data row of an export file as read, before validation: its row number and its cells. */
public record FileRow(long rowNo, List<String> cells) {
}
