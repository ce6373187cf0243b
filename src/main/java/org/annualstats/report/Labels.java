package org.annualstats.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.annualstats.metrics.MetricDefinition;

/**
 * The workbook's words, from {@code messages.properties} (Chinese) or {@code messages_en.properties}
 * ({@code annualstats.locale=en}).
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

	String get(String key, Object... arguments) {
		String pattern = this.bundle.getString(key);
		return (arguments.length == 0) ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
	}

	String metric(MetricDefinition metric) {
		return this.english ? metric.labelEn() : metric.labelZh();
	}

	/** Money is shown in 万元 (ten thousand yuan). */
	String unit(MetricDefinition metric) {
		if (!this.english) {
			return metric.unitZh();
		}
		return metric.isMoney() ? "10k yuan" : metric.isRate() ? "%" : "";
	}

	String year(int year) {
		return get("column.year", String.valueOf(year));
	}

}
