package org.annualstats.operate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How a run ended.
 *
 * @param status PUBLISHED, FAILED (also when the run could not start) or STOPPED
 * @param published the folder holding the published outputs, {@code null} when nothing was published
 * @param message one line a person can act on when the run did not publish; for a previous year's
 *     run that stores figures only, what it did
 * @param step the step where a run that did not publish ended, {@code null} otherwise
 */
public record RunResult(String runId, int year, RunStatus status, ExitCode exitCode, String message, Path published,
		Duration duration, long rowsRead, long rowsAccepted, long rowsRejected, Map<String, Long> findingsByCheck,
		String step) {

	public boolean isPublished() {
		return this.exitCode == ExitCode.PUBLISHED;
	}

}
