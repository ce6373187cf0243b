package org.annualstats.operate;

/** The documented process exit codes (README, {@code --help}). */
public enum ExitCode {

	/** The outputs were published. */
	PUBLISHED(0),
	/**
	 * The run failed or was stopped on request (SIGTERM, Ctrl-C); nothing was published and the
	 * year's previous outputs are untouched.
	 */
	FAILED(1),
	/** The command line was wrong. */
	BAD_ARGUMENTS(2),
	/** Reconciliation found errors; nothing was published (see --allow-reconciliation-errors). */
	RECONCILIATION_ERRORS(3),
	/** Another run of the same year is in progress. */
	ALREADY_RUNNING(4);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
