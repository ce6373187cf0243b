package org.annualstats.operate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A request to compute and publish one statistical year.
 *
 * @param asOf the statistical cut-off date (统计截止日), {@code null} for 31 December of the year
 * @param trigger who asked: {@code manual} (the command line), {@code schedule} or {@code console}
 * @param resume restart the year's last unfinished run where it stopped instead of starting anew
 * @param waitForLock wait while another process runs the year instead of giving up at once
 */
public record RunRequest(int year, Path inputRoot, Path outputRoot, LocalDate asOf, String trigger,
		boolean allowReconciliationErrors, boolean resume, boolean waitForLock) {

	public LocalDate effectiveAsOf() {
		return (this.asOf != null) ? this.asOf : LocalDate.of(this.year, 12, 31);
	}

}
