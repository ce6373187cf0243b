package org.annualstats.changes;

/**
 * Why a figure changed as it did (口径说明), as an analyst recorded it.
 *
 * @param member the breakdown member, empty for a figure without dimension
 * @param textEn the reason in English for the English outputs, empty when only {@code text} is given
 */
public record Explanation(String metricId, String member, String text, String textEn, String author, String date) {

	/** The reason in the outputs' language: the English text where there is one. */
	public String text(boolean english) {
		return (english && !this.textEn.isBlank()) ? this.textEn : this.text;
	}

	/** The key the explanations of a run are looked up by. */
	public static String key(String metricId, String member) {
		return metricId + "|" + member;
	}

}
