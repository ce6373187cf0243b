package org.annualstats.metrics;

import java.math.BigDecimal;

/** A computed figure; dimensionless metrics have empty dimension and member; {@code null} = undefined. */
public record MetricValue(String metricId, String dimension, String member, BigDecimal value) {
}
