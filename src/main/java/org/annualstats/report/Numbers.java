package org.annualstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.annualstats.metrics.MetricDefinition;

/** How figures are written as text: counts whole, money in 元 with 2 decimals, rates with 4. */
final class Numbers {

	private Numbers() {
	}

	static String plain(MetricDefinition metric, BigDecimal value) {
		if (value == null) {
			return "";
		}
		int scale = metric.isRate() ? 4 : metric.isMoney() ? 2 : 0;
		return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
	}

	static String ratio(BigDecimal ratio) {
		return (ratio != null) ? ratio.setScale(4, RoundingMode.HALF_UP).toPlainString() : "";
	}

}
