package org.annualstats.metrics;

import java.math.BigDecimal;

/** A computed figure; dimensionless metrics have empty dimension and member; {@code null} = undefined. */
public record MetricValue(String metricId, String dimension, String member, BigDecimal value) {

	String key() {
		return this.metricId + "\u0000" + this.dimension + "\u0000" + this.member;
	}

}
