package org.annualstats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure beside the previous year's. Empty ({@code null}) previous,
 * change or ratio when they are undefined; {@code unlikeCoverage} is the coverage of the figure's
 * source when the two years cover different months, {@code null} when they compare like for like.
 */
public record MetricRow(MetricDefinition metric, String dimension, String member, BigDecimal value,
		BigDecimal previous, BigDecimal change, BigDecimal changeRatio, Coverage unlikeCoverage) {

	/** A multiple reads as "为上年的8倍" only on a base large enough to mean something. */
	private static final BigDecimal SMALLEST_BASE = BigDecimal.TEN;

	/**
	 * The multiple of the previous value, at least 2 and on a previous value of at least 10, to one
	 * decimal without a trailing ".0" (8, 2.5); {@code null} where a multiple would mislead.
	 */
	public BigDecimal multiple() {
		if (this.value == null || this.previous == null || this.previous.compareTo(SMALLEST_BASE) < 0
				|| this.value.compareTo(this.previous.multiply(BigDecimal.valueOf(2))) < 0) {
			return null;
		}
		BigDecimal multiple = this.value.divide(this.previous, 1, RoundingMode.HALF_UP).stripTrailingZeros();
		return (multiple.scale() < 0) ? multiple.setScale(0) : multiple;
	}

}
