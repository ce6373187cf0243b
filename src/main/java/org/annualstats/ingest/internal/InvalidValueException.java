package org.annualstats.ingest.internal;

/** A cell's value cannot be read as its field's type; the message says what was expected. */
public class InvalidValueException extends RuntimeException {

	public InvalidValueException(String expected) {
		super(expected, null, false, false);
	}

	public String expected() {
		return getMessage();
	}

}
