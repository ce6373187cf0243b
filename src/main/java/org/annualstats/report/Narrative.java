package org.annualstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;

import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.report.NarrativeTemplates.Sentence;

/**
 * The narrative of a run: one paragraph per area in the report's own style, its figures filled
 * in from the run, so that nobody copies a number into the annual report by hand.
 */
final class Narrative {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Publication publication;

	private final Labels labels;

	private final Map<Area, String> paragraphs = new LinkedHashMap<>();

	Narrative(Publication publication, Labels labels, NarrativeTemplates templates, Locale locale) {
		this.publication = publication;
		this.labels = labels;
		for (Area area : publication.areas()) {
			StringBuilder paragraph = new StringBuilder();
			for (Sentence sentence : templates.sentences(area.id(), locale)) {
				String text = sentence(sentence);
				if (text != null) {
					// English sentences are set apart by a space, Chinese ones follow their 。
					paragraph.append((paragraph.isEmpty() || !labels.english()) ? "" : " ").append(text);
				}
			}
			if (!paragraph.isEmpty()) {
				this.paragraphs.put(area, paragraph.toString().strip());
			}
		}
	}

	Map<Area, String> paragraphs() {
		return this.paragraphs;
	}

	/** The narrative as Markdown: a heading, then one section per area. */
	String markdown() {
		StringBuilder text = new StringBuilder("# ").append(title()).append("\n");
		numbered((heading, paragraph) -> text.append("\n## ").append(heading).append("\n\n").append(paragraph)
			.append("\n"));
		return text.toString();
	}

	/** The narrative as plain text, ready to paste into the report. */
	String plainText() {
		StringBuilder text = new StringBuilder(title()).append("\n");
		numbered((heading, paragraph) -> text.append("\n").append(heading).append("\n").append(paragraph).append("\n"));
		return text.toString();
	}

	String title() {
		return this.labels.get("narrative.title", this.publication.run().year());
	}

	/** Each paragraph under its numbered heading (一、劳动保障监察). */
	void numbered(BiConsumer<String, String> consumer) {
		int section = 0;
		for (Map.Entry<Area, String> paragraph : this.paragraphs.entrySet()) {
			consumer.accept(this.labels.get("section." + (++section), this.labels.area(paragraph.getKey())),
					paragraph.getValue());
		}
	}

	/** The sentence with its figures, or {@code null} when its condition leaves it out. */
	private String sentence(Sentence sentence) {
		if (sentence.left() != null && !kept(sentence)) {
			return null;
		}
		Matcher placeholder = NarrativeTemplates.PLACEHOLDER.matcher(sentence.text());
		StringBuilder text = new StringBuilder();
		MetricRow changed = null;
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String format = (placeholder.group(2) != null) ? NarrativeTemplates.FORMATS.get(placeholder.group(2)) : null;
			String value;
			if (name.equals("year") || name.equals("previous_year")) {
				value = String.valueOf(this.publication.run().year() - (name.equals("year") ? 0 : 1));
			}
			else {
				MetricRow row = row(name);
				if (sentence.whenAllFigures() && (row.value() == null || row.value().signum() == 0)) {
					return null;
				}
				value = formatted(row, format);
				if (format != null && !format.equals("previous")) {
					changed = row;
				}
			}
			placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
		}
		placeholder.appendTail(text);
		return annotated(tidy(text.toString()), changed);
	}

	private boolean kept(Sentence sentence) {
		BigDecimal left = row(sentence.left()).value();
		if (sentence.right() == null) {
			return left != null && left.signum() != 0;
		}
		BigDecimal right = row(sentence.right()).value();
		boolean equal = left != null && right != null && left.compareTo(right) == 0;
		return equal == sentence.equal();
	}

	private String formatted(MetricRow row, String format) {
		if (format == null) {
			return figure(row.metric(), row.value());
		}
		return switch (format) {
			case "previous" -> figure(row.metric(), row.previous());
			case "multiple" -> (row.multiple() != null) ? this.labels.multiple(row.multiple()) : "";
			case "direction" -> this.labels.get("narrative." + direction(row));
			default -> change(row);
		};
	}

	private static String direction(MetricRow row) {
		if (row.change() == null || row.change().signum() == 0) {
			return "flat";
		}
		return (row.change().signum() > 0) ? "up" : "down";
	}

	/** 同比增长33.3% / 同比下降42.9% / 与上年持平; a rate's change in 百分点. */
	private String change(MetricRow row) {
		if (row.change() == null) {
			return "";
		}
		String direction = direction(row);
		if (direction.equals("flat")) {
			return this.labels.get("narrative.change.flat");
		}
		BigDecimal size = row.metric().isRate() ? row.change().abs().multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)
				: (row.changeRatio() != null) ? row.changeRatio().abs().multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP)
						: null;
		if (size == null) {
			return "";
		}
		return this.labels.get("narrative.change." + direction + (row.metric().isRate() ? ".points" : ""),
				size.toPlainString());
	}

	/** Counts whole (3648), money in 万元 (11.4, 3678.04), rates in per cent (100%). */
	private String figure(MetricDefinition metric, BigDecimal value) {
		if (value == null) {
			return "—";
		}
		if (metric.isRate()) {
			return plain(value.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
		}
		if (metric.isMoney()) {
			return plain(value.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
		}
		// Chinese prose writes 3648名; English groups thousands
		return this.labels.english() ? new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
			.format(value) : plain(value);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

	/**
	 * A sentence about a change carries its explanation, or the coverage note when the two years
	 * cover different months, in brackets before its closing mark.
	 */
	private String annotated(String sentence, MetricRow changed) {
		if (changed == null) {
			return sentence;
		}
		String note = this.publication.explanation(changed, this.labels);
		if (note == null && changed.unlikeCoverage() != null) {
			note = this.labels.coverageNote(changed.unlikeCoverage());
		}
		if (note == null) {
			return sentence;
		}
		int end = sentence.length();
		while (end > 0 && "。；.; ".indexOf(sentence.charAt(end - 1)) >= 0) {
			end--;
		}
		return sentence.substring(0, end) + this.labels.get("narrative.bracket", note) + sentence.substring(end);
	}

	/** No dangling comma where a phrase came out empty (no previous year, no multiple). */
	private static String tidy(String sentence) {
		return sentence.replaceAll("，+([。；])", "$1").replaceAll("，，+", "，").replaceAll(",\\s*([.;])", "$1");
	}

	private MetricRow row(String metricId) {
		return this.publication.rows()
			.stream()
			.filter((row) -> row.metric().id().equals(metricId) && row.dimension().isEmpty())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The run has no figure " + metricId));
	}

}
