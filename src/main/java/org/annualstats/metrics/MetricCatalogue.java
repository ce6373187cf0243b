package org.annualstats.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.jobs.JobsFiles;

import org.springframework.stereotype.Component;

/** The figures the pipeline computes, in catalogue order, read from {@code jobs/metrics/catalogue.csv}. */
@Component
public class MetricCatalogue {

	private final Map<String, MetricDefinition> metrics = new LinkedHashMap<>();

	public MetricCatalogue(JobsFiles jobs) {
		for (Map<String, String> row : jobs.csvRows("metrics/catalogue.csv")) {
			MetricDefinition metric = new MetricDefinition(row.get("metric_id"), row.get("area"), row.get("unit"),
					row.get("unit_zh"), row.get("source"), Boolean.parseBoolean(row.get("headline")), row.get("label_zh"),
					row.get("label_en"), row.get("definition"), row.get("ratio"));
			this.metrics.put(metric.id(), metric);
		}
	}

	public List<MetricDefinition> metrics() {
		return List.copyOf(this.metrics.values());
	}

	public MetricDefinition metric(String id) {
		MetricDefinition metric = this.metrics.get(id);
		if (metric == null) {
			throw new IllegalArgumentException("Metric '" + id + "' is not in jobs/metrics/catalogue.csv");
		}
		return metric;
	}

	/** Areas in catalogue order; each has its SQL in {@code jobs/metrics/<area>.sql}. */
	public List<String> areas() {
		return this.metrics.values().stream().map(MetricDefinition::area).distinct().toList();
	}

}
