package org.annualstats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Puts each figure beside the previous year's: per metric and member, previous value, change and
 * change ratio, with the coverage note of the metric's source where the two years differ.
 */
@Component
public class YearOverYear {

	private final MetricCatalogue catalogue;

	public YearOverYear(MetricCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * @param previous the previous year's figures, {@code null} when there is no previous year
	 * @param coverage per source, the months each year covers
	 */
	public List<MetricRow> compare(List<MetricValue> current, List<MetricValue> previous,
			Map<String, Coverage> coverage) {
		Map<String, Map<String, MetricValue>> currentByMetric = byMetric(current);
		Map<String, Map<String, MetricValue>> previousByMetric = (previous != null) ? byMetric(previous) : Map.of();
		List<MetricRow> rows = new ArrayList<>();
		for (MetricDefinition metric : this.catalogue.metrics()) {
			Map<String, MetricValue> now = currentByMetric.getOrDefault(metric.id(), Map.of());
			Map<String, MetricValue> before = previousByMetric.getOrDefault(metric.id(), Map.of());
			Set<String> members = new TreeSet<>(now.keySet());
			if (previous != null) {
				members.addAll(before.keySet());
			}
			for (String key : members) {
				MetricValue value = now.get(key);
				MetricValue old = before.get(key);
				String dimension = (value != null) ? value.dimension() : old.dimension();
				String member = (value != null) ? value.member() : old.member();
				BigDecimal v = valueOrZero(value, metric, dimension);
				BigDecimal p = (previous == null) ? null : valueOrZero(old, metric, dimension);
				Coverage sourceCoverage = coverage.get(metric.source());
				Coverage unlike = (sourceCoverage != null && sourceCoverage.affects(dimension, member)) ? sourceCoverage
						: null;
				rows.add(row(metric, dimension, member, v, p, unlike));
			}
		}
		// already in catalogue order, members in order within each metric
		return rows;
	}

	private static MetricRow row(MetricDefinition metric, String dimension, String member, BigDecimal value,
			BigDecimal previous, Coverage unlike) {
		BigDecimal change = (value != null && previous != null) ? value.subtract(previous) : null;
		BigDecimal ratio = (change != null && previous.signum() != 0)
				? change.divide(previous, 6, RoundingMode.HALF_UP) : null;
		return new MetricRow(metric, dimension, member, value, previous, change, ratio, unlike);
	}

	/** A member missing from one year of a counted breakdown counts 0 there; rates stay undefined. */
	private static BigDecimal valueOrZero(MetricValue value, MetricDefinition metric, String dimension) {
		if (value != null) {
			return value.value();
		}
		return (!dimension.isEmpty() && !metric.isRate()) ? BigDecimal.ZERO : null;
	}

	private static Map<String, Map<String, MetricValue>> byMetric(List<MetricValue> values) {
		Map<String, Map<String, MetricValue>> byMetric = new LinkedHashMap<>();
		for (MetricValue value : values) {
			byMetric.computeIfAbsent(value.metricId(), (k) -> new LinkedHashMap<>())
				.put(value.dimension() + "\u0000" + value.member(), value);
		}
		return byMetric;
	}

}
