package org.annualstats.operate;

import java.time.Duration;
import java.time.LocalDateTime;

/** One run as {@code history} lists it. */
public record RunHistoryEntry(String runId, int year, String trigger, String status, LocalDateTime startedAt,
		LocalDateTime endedAt, long rowsRead, long findings, String message) {

	/** {@code null} while the run has not ended. */
	public Duration duration() {
		return (this.endedAt != null) ? Duration.between(this.startedAt, this.endedAt) : null;
	}

}
