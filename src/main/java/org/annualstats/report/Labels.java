package org.annualstats.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.metrics.MetricDefinition;

/**
 * The workbook's words, from {@code messages.properties} (Chinese) or {@code messages_en.properties}
 * ({@code annualstats.locale=en}), and the few phrases built from figures: months, coverage notes,
 * multiples, dates.
 */
final class Labels {

	private final ResourceBundle bundle;

	private final boolean english;

	Labels(Locale locale) {
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		// no fallback to the JVM's default locale: Chinese unless English was asked for
		this.bundle = ResourceBundle.getBundle("org.annualstats.report.messages", this.english ? Locale.ENGLISH
				: Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	boolean english() {
		return this.english;
	}

	/** A message; whole numbers in it are written plainly (2020, not 2,020). */
	String get(String key, Object... arguments) {
		String pattern = this.bundle.getString(key);
		if (arguments.length == 0) {
			return pattern;
		}
		Object[] plain = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			plain[i] = (arguments[i] instanceof Integer || arguments[i] instanceof Long) ? arguments[i].toString()
					: arguments[i];
		}
		return new MessageFormat(pattern, Locale.ROOT).format(plain);
	}

	String metric(MetricDefinition metric) {
		return this.english ? metric.labelEn() : metric.labelZh();
	}

	String definition(MetricDefinition metric) {
		return this.english ? metric.definitionEn() : metric.definitionZh();
	}

	String area(Area area) {
		return this.english ? area.labelEn() : area.labelZh();
	}

	/** 件, 人, 项, 万元 (money is shown in ten thousand yuan), %. */
	String unit(MetricDefinition metric) {
		return this.english ? get("unit." + metric.unitZh()) : metric.unitZh();
	}

	String year(int year) {
		return get("column.year", String.valueOf(year));
	}

	/** 1月 … 12月, or Jan … Dec. */
	String month(int month) {
		return this.english ? Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : month + "月";
	}

	String date(LocalDate date) {
		return get("date", String.valueOf(date.getYear()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getDayOfMonth()));
	}

	/** "为上年的8倍" / "8 times the previous year". */
	String multiple(BigDecimal multiple) {
		return get("multiple", multiple.toPlainString());
	}

	/** The note on figures whose two years cover different months. */
	String coverageNote(Coverage coverage) {
		return get("note.coverage", String.valueOf(coverage.year() - 1), months(coverage.previousMonths()),
				String.valueOf(coverage.year()), months(coverage.months()));
	}

	/** "6–11月", "1–3、5–12月" / "Jun–Nov". */
	String months(Set<Integer> months) {
		if (months.isEmpty()) {
			return get("months.none");
		}
		List<String> ranges = new ArrayList<>();
		List<Integer> sorted = new ArrayList<>(new TreeSet<>(months));
		int start = sorted.get(0);
		int end = start;
		for (int month : sorted.subList(1, sorted.size())) {
			if (month != end + 1) {
				ranges.add(range(start, end));
				start = month;
			}
			end = month;
		}
		ranges.add(range(start, end));
		return get("months.range", String.join(get("list.separator"), ranges));
	}

	/** "6–11" in Chinese (the 月 follows the list), "Jun–Nov" in English. */
	private String range(int start, int end) {
		String first = this.english ? month(start) : String.valueOf(start);
		return (start == end) ? first : first + "–" + (this.english ? month(end) : String.valueOf(end));
	}

}
