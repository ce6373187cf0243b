package org.annualstats.metrics;

import java.util.Set;

/**
 * One figure of the catalogue ({@code jobs/metrics/catalogue.csv}).
 *
 * @param parent the figure this one is part of (其中), empty when it stands alone
 * @param unit {@code count}, {@code yuan} or {@code rate}
 * @param unitZh the unit shown to readers: 件, 人, 项, 万元 (money is shown in 万元), %
 * @param source the source system the figure is computed from, empty for reference data
 * @param summary its place among the key figures of the one-page summary, 0 when not there
 * @param charts the charts it is drawn on ({@code change}, {@code trend}, {@code monthly})
 * @param ratio for rates, {@code numerator/denominator} metric ids
 */
public record MetricDefinition(String id, String area, String parent, String unit, String unitZh, String source,
		boolean headline, int summary, Set<String> charts, String labelZh, String labelEn, String definitionZh,
		String definitionEn, String ratio) {

	/**
	 * The charts a figure can be drawn on: the change and trend charts of the summary and the year
	 * over year, and the monthly chart of its area's sheet.
	 */
	public static final Set<String> CHARTS = Set.of("change", "trend", "monthly");

	public boolean isRate() {
		return "rate".equals(this.unit);
	}

	public boolean isMoney() {
		return "yuan".equals(this.unit);
	}

	public boolean onChart(String chart) {
		return this.charts.contains(chart);
	}

	/** Where the figure's rule is stated: a rate's ratio, else the file of definitions. */
	public String definedBy() {
		return isRate() ? this.ratio : "jobs/" + MetricFormulas.FILE;
	}

	/** The metric ids of a rate's numerator and denominator. */
	public String[] ratioParts() {
		return this.ratio.split("/", 2);
	}

}
