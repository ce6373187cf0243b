package org.annualstats.operate;

/**
 * How a run stands, in the same words on the console, in {@code history}, in {@code run.json} and
 * in the store.
 */
public enum RunStatus {

	/** The run is in progress: its process holds the year. */
	RUNNING,
	/** The run completed: its outputs were written (or, for a previous year ingested first, its figures stored). */
	PUBLISHED,
	/** The run ended with an error; nothing was published. */
	FAILED,
	/** The run was stopped on request (SIGTERM, Ctrl-C) and recorded itself; nothing was published. */
	STOPPED,
	/**
	 * The run's process ended without recording an outcome (killed, crashed, machine stopped):
	 * recorded as RUNNING, but nothing holds its year any more.
	 */
	DIED;

	/** Whether {@code run --resume} continues a run in this state, when it is its year's latest. */
	public boolean isResumable() {
		return this == FAILED || this == STOPPED || this == DIED;
	}

}
