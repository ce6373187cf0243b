package org.annualstats.cli;

import java.sql.SQLException;

import org.springframework.core.env.Environment;

/**
 * The store could not be opened: one line with the store's URL (never a password), what the
 * database said and what to check. The failure with its stack trace stays the cause, for the log.
 */
final class StoreUnavailableException extends RuntimeException {

	private StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The failure of a start explained when the database refused or was not there, else as it is. */
	static RuntimeException ifStoreFailed(RuntimeException failure, Environment environment) {
		SQLException refusal = sqlCause(failure);
		if (refusal == null || environment == null) {
			return failure;
		}
		String url = String.valueOf(environment.getProperty("spring.datasource.url"))
			.replaceAll("(?i)(password=)[^&;]*", "$1***");
		String said = String.valueOf(refusal.getMessage()).replaceAll("\\s+", " ").trim();
		// drivers append advice of their own in further sentences; the check below says it for this tool
		int sentence = said.indexOf(". ");
		return new StoreUnavailableException("cannot open the store " + url + " as user "
				+ environment.getProperty("spring.datasource.username") + ": "
				+ ((sentence > 0) ? said.substring(0, sentence) : said) + "; check "
				+ check(url, refusal.getSQLState()), failure);
	}

	private static SQLException sqlCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return sql;
			}
		}
		return null;
	}

	/** What to check, by the SQL state's class (SQL standard, used by PostgreSQL). */
	private static String check(String url, String sqlState) {
		if (url.startsWith("jdbc:h2:")) {
			return "that --data-dir names a folder this user may write and no other program holds the store";
		}
		String stateClass = (sqlState != null && sqlState.length() >= 2) ? sqlState.substring(0, 2) : "";
		return switch (stateClass) {
			case "28" -> "the user and password (--db-user, --db-password or STATS_DB_USER, STATS_DB_PASSWORD)";
			case "3D" -> "the database name at the end of the URL: the database must exist";
			case "08" -> "that the database server runs and that host and port in the URL are right";
			default -> "the URL, user and password (--db-url, --db-user, --db-password)";
		};
	}

}
