package org.annualstats.ingest.internal;

import java.util.Locale;

/**
 * The one normalisation used to match headers and enumeration values: no white space
 * anywhere, full-width folded to half-width, case ignored.
 */
public final class TextNormalizer {

	private TextNormalizer() {
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = foldWidth(text.charAt(i));
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
				out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** Full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
	public static char foldWidth(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			return (char) (c - 0xFEE0);
		}
		return (c == '\u3000') ? ' ' : c;
	}

	/** Folds width only, keeping spaces: for values such as numbers typed with full-width digits. */
	public static String foldWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			out.append(foldWidth(text.charAt(i)));
		}
		return out.toString();
	}

}
