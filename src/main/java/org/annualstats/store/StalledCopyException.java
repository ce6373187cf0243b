package org.annualstats.store;

import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The database took none of a COPY's rows for the socket timeout: the connection went silent while
 * the run wrote to it, and was closed. The message names the file and says what to do.
 */
public class StalledCopyException extends DataAccessResourceFailureException {

	StalledCopyException(String file, Duration timeout, Throwable cause) {
		super(file + ": the database took no rows of COPY for " + timeout
				+ " (annualstats.store.socket-timeout), so the connection was closed; check the database and the "
				+ "network, then run again with --resume", cause);
	}

}
