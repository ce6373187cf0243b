package org.annualstats.ingest;

/**
 * An input problem that stops the run: the message names the file and, where there is one, the
 * row, field and value, and says what was expected. It is meant to be shown as it is, so control
 * characters from the input are escaped.
 */
public class InputException extends RuntimeException {

	public InputException(String message) {
		super(ControlCharacters.escape(message));
	}

	public InputException(String message, Throwable cause) {
		super(ControlCharacters.escape(message), cause);
	}

}
