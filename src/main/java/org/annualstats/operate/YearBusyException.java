package org.annualstats.operate;

/** The year is held by another process (a run, or a release): the work was not started. */
public class YearBusyException extends RuntimeException {

	YearBusyException(String message) {
		super(message);
	}

}
