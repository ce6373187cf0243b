package org.annualstats.operate;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One run as {@code history} lists it.
 *
 * @param resumable whether {@code run --resume} of its year continues this run
 */
public record RunHistoryEntry(String runId, int year, String trigger, RunStatus status, LocalDateTime startedAt,
		LocalDateTime endedAt, long rowsRead, long findings, String message, String inputRoot, String outputRoot,
		boolean resumable) {

	/** {@code null} while the run has not ended. */
	public Duration duration() {
		return (this.endedAt != null) ? Duration.between(this.startedAt, this.endedAt) : null;
	}

	/**
	 * The run as it stands now: recorded RUNNING but its process gone, it DIED; the latest run of its
	 * year, unfinished, is the one a resume continues.
	 */
	RunHistoryEntry standing(boolean processAlive, boolean latestOfItsYear) {
		boolean died = this.status == RunStatus.RUNNING && !processAlive;
		RunStatus now = died ? RunStatus.DIED : this.status;
		return new RunHistoryEntry(this.runId, this.year, this.trigger, now, this.startedAt, this.endedAt,
				this.rowsRead, this.findings, died ? RunRepository.DIED_MESSAGE : this.message, this.inputRoot,
				this.outputRoot, latestOfItsYear && now.isResumable());
	}

}
