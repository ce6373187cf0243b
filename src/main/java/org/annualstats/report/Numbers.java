package org.annualstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;

/**
 * How figures are written as text: in the CSV files counts whole, money in 元 with 2 decimals and
 * rates with 4; for readers counts with thousands separators, money in 万元, rates in per cent and
 * their changes in 百分点.
 */
public final class Numbers {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

	private Numbers() {
	}

	static String plain(MetricDefinition metric, BigDecimal value) {
		if (value == null) {
			return "";
		}
		int scale = metric.isRate() ? 4 : metric.isMoney() ? 2 : 0;
		return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
	}

	/** "4,000", "3,678.04" (万元), "90.00%". */
	public static String shown(MetricDefinition metric, BigDecimal value) {
		if (metric.isRate()) {
			return new DecimalFormat("0.00%", SYMBOLS).format(value);
		}
		return new DecimalFormat(metric.isMoney() ? "#,##0.00" : "#,##0", SYMBOLS)
			.format(FigureSheets.shown(metric, value));
	}

	/** "▲ 700.0%", "▼ 42.9%", "▲ 9.77个百分点", "持平"; empty without a previous year. */
	static String arrow(MetricRow row, Labels labels) {
		if (row.change() == null) {
			return "";
		}
		if (row.change().signum() == 0) {
			return labels.get("change.flat");
		}
		String arrow = (row.change().signum() > 0) ? "▲ " : "▼ ";
		if (row.metric().isRate()) {
			return arrow + new DecimalFormat("0.00", SYMBOLS).format(row.change().abs().multiply(BigDecimal.valueOf(100)))
					+ labels.get("unit.percentPoints");
		}
		if (row.changeRatio() == null) {
			return arrow + shown(row.metric(), row.change().abs());
		}
		return arrow + new DecimalFormat("0.0%", SYMBOLS).format(row.changeRatio().abs());
	}

	static String ratio(BigDecimal ratio) {
		return (ratio != null) ? ratio.setScale(4, RoundingMode.HALF_UP).toPlainString() : "";
	}

}
