package org.annualstats.metrics;

import java.math.BigDecimal;

/**
 * A figure beside the previous year's (SPEC §4 year over year). Empty ({@code null}) previous,
 * change or ratio when they are undefined; {@code note} qualifies a comparison across different
 * coverage.
 */
public record MetricRow(MetricDefinition metric, String dimension, String member, BigDecimal value,
		BigDecimal previous, BigDecimal change, BigDecimal changeRatio, String note) {

	/** "为上年的8.0倍": the multiple, where it reads better than a percentage (at least twice). */
	public BigDecimal multiple() {
		if (this.value == null || this.previous == null || this.previous.signum() <= 0
				|| this.value.compareTo(this.previous.multiply(BigDecimal.valueOf(2))) < 0) {
			return null;
		}
		return this.value.divide(this.previous, 1, java.math.RoundingMode.HALF_UP);
	}

}
