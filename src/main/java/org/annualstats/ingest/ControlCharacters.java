package org.annualstats.ingest;

/**
 * Makes text from the input fit for messages to operators. A file name, value or key may hold
 * control characters: a newline would start a forged line of the log, an ESC would reach the
 * terminal as an escape sequence, a bidirectional override would reorder what is shown. Each is
 * written as an escape instead ({@code \n}, {@code \u001b}).
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	public static String escape(String text) {
		if (text == null || text.chars().noneMatch(ControlCharacters::isControl)) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> escaped.append(isControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return escaped.toString();
	}

	/** C0 and C1 controls and DEL, line and paragraph separators, bidirectional embeddings and isolates. */
	private static boolean isControl(int c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

}
