package org.annualstats.ingest.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A cell's value cannot be read as its field's type: the code of the problem (a key of
 * {@code problems.properties}) and its arguments, worded where the reason is shown.
 */
public class InvalidValueException extends RuntimeException {

	private final List<String> arguments;

	public InvalidValueException(String code, Object... arguments) {
		super(code, null, false, false);
		this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
	}

	public String code() {
		return getMessage();
	}

	public List<String> arguments() {
		return this.arguments;
	}

}
