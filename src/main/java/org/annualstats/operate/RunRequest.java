package org.annualstats.operate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A request to compute and publish one statistical year.
 *
 * @param asOf the statistical cut-off date (统计截止日), {@code null} for 31 December of the year
 * @param trigger who asked: {@code manual} or {@code schedule}
 */
public record RunRequest(int year, Path inputRoot, Path outputRoot, LocalDate asOf, String trigger,
		boolean allowReconciliationErrors) {

	public LocalDate effectiveAsOf() {
		return (this.asOf != null) ? this.asOf : LocalDate.of(this.year, 12, 31);
	}

}
