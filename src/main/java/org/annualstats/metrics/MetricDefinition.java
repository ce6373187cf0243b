package org.annualstats.metrics;

/**
 * One figure of the catalogue ({@code jobs/metrics/catalogue.csv}).
 *
 * @param unit {@code count}, {@code yuan} or {@code rate}
 * @param unitZh the unit shown to readers: 件, 人, 项, 万元 (money is shown in 万元), %
 * @param source the source system the figure is computed from, empty for reference data
 * @param ratio for rates, {@code numerator/denominator} metric ids
 */
public record MetricDefinition(String id, String area, String unit, String unitZh, String source, boolean headline, String labelZh,
		String labelEn, String definition, String ratio) {

	public boolean isRate() {
		return "rate".equals(this.unit);
	}

	public boolean isMoney() {
		return "yuan".equals(this.unit);
	}

}
