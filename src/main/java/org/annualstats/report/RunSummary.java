package org.annualstats.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the outputs say about the run that produced them.
 *
 * @param previousRunId the run the previous year's figures come from, {@code null} when none
 * @param reconciled {@code false} when errors were found and the operator allowed publication
 * @param catalogueSource where the certificate catalogue was read from
 * @param calendarSource where the working-day calendar was read from
 */
public record RunSummary(String runId, int year, LocalDate asOf, LocalDateTime startedAt, String trigger,
		String inputRoot, String previousRunId, boolean reconciled, String catalogueSource, String calendarSource) {
}
