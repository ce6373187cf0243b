package org.annualstats.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A problem with the input as the store keeps it, in no language: a code naming the kind of
 * problem (a key of {@code problems.properties}) and its arguments. The reason of a rejected row
 * and the message of a reconciliation finding are stored this way and put into words by
 * {@link ProblemFormat} in the language of each output.
 *
 * <p>
 * Stored as {@code code|argument|argument}; a backslash escapes a {@code |} or backslash inside an
 * argument, so values copied from the input stay verbatim. SQL that writes findings escapes the
 * same way with {@code REPLACE}.
 */
public record Problem(String code, List<String> arguments) {

	private static final char SEPARATOR = '|';

	private static final char ESCAPE = '\\';

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String code, Object... arguments) {
		return new Problem(code, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	public String stored() {
		StringBuilder text = new StringBuilder(this.code);
		for (String argument : this.arguments) {
			text.append(SEPARATOR);
			for (int i = 0; i < argument.length(); i++) {
				char c = argument.charAt(i);
				if (c == SEPARATOR || c == ESCAPE) {
					text.append(ESCAPE);
				}
				text.append(c);
			}
		}
		return text.toString();
	}

	public static Problem parse(String stored) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < stored.length(); i++) {
			char c = stored.charAt(i);
			if (c == ESCAPE && i + 1 < stored.length()) {
				part.append(stored.charAt(++i));
			}
			else if (c == SEPARATOR) {
				parts.add(part.toString());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return new Problem(parts.get(0), parts.subList(1, parts.size()));
	}

}
