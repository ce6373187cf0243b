package org.annualstats.operate;

/** A stop was requested (SIGTERM) while a step was running. */
class RunStoppedException extends RuntimeException {

	RunStoppedException(String where) {
		super("stopped at " + where);
	}

}
