package org.annualstats.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.annualstats.jobs.JobsFiles;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * The figures the pipeline computes, in catalogue order, read from {@code jobs/metrics/catalogue.csv},
 * and the areas they belong to, in the workbook's order, from {@code jobs/metrics/areas.csv}.
 * Both are checked when the application starts: a wrong reference fails naming file and line.
 */
@Component
public class MetricCatalogue {

	static final String FILE = "metrics/catalogue.csv";

	private final Map<String, Area> areas = new LinkedHashMap<>();

	private final Map<String, MetricDefinition> metrics = new LinkedHashMap<>();

	/** An area of the bureau's work: one sheet of the workbook, one section of the headline table. */
	public record Area(String id, String labelZh, String labelEn) {
	}

	public MetricCatalogue(JobsFiles jobs) {
		jobs.csv("metrics/areas.csv", (row) -> this.areas.put(row.get("area"),
				new Area(row.get("area"), row.get("label_zh"), row.get("label_en"))));
		List<CSVRecord> rows = jobs.csv(FILE, (row) -> row);
		rows.forEach((row) -> this.metrics.put(row.get("metric_id"), definition(row)));
		for (CSVRecord row : rows) {
			check(row, "parent", (id) -> id.isEmpty() || this.metrics.containsKey(id), "a metric_id of the catalogue");
			check(row, "ratio", (ratio) -> ratio.isEmpty()
					|| ratio.contains("/") && Arrays.stream(ratio.split("/", 2)).allMatch(this.metrics::containsKey),
					"numerator/denominator metric ids of the catalogue");
		}
		List<Integer> places = this.metrics.values().stream().map(MetricDefinition::summary).filter((p) -> p > 0).toList();
		if (places.size() != Set.copyOf(places).size()) {
			throw new IllegalStateException("jobs/" + FILE + ": two metrics share a place in column 'summary' "
					+ places);
		}
	}

	private MetricDefinition definition(CSVRecord row) {
		check(row, "area", this.areas::containsKey, "an area of jobs/metrics/areas.csv " + this.areas.keySet());
		check(row, "unit", Set.of("count", "yuan", "rate")::contains, "count, yuan or rate");
		check(row, "summary", (place) -> place.matches("\\d*"), "empty or the place on the summary page (1, 2 …)");
		Set<String> charts = Arrays.stream(row.get("charts").split(";"))
			.map(String::trim)
			.filter((chart) -> !chart.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		check(row, "charts", (value) -> MetricDefinition.CHARTS.containsAll(charts),
				"chart names separated by ';' out of " + MetricDefinition.CHARTS);
		String summary = row.get("summary");
		return new MetricDefinition(row.get("metric_id"), row.get("area"), row.get("parent"), row.get("unit"),
				row.get("unit_zh"), row.get("source"), Boolean.parseBoolean(row.get("headline")),
				summary.isEmpty() ? 0 : Integer.parseInt(summary), charts, row.get("label_zh"), row.get("label_en"),
				row.get("definition_zh"), row.get("definition_en"), row.get("ratio"));
	}

	private static void check(CSVRecord row, String column, Predicate<String> valid,
			String expected) {
		String value = row.isMapped(column) ? row.get(column) : null;
		if (value == null || !valid.test(value)) {
			throw new IllegalStateException("jobs/" + FILE + " line " + (row.getRecordNumber() + 1) + ", column '"
					+ column + "': '" + value + "' is not " + expected);
		}
	}

	public List<MetricDefinition> metrics() {
		return List.copyOf(this.metrics.values());
	}

	public MetricDefinition metric(String id) {
		MetricDefinition metric = this.metrics.get(id);
		if (metric == null) {
			throw new IllegalArgumentException("Metric '" + id + "' is not in jobs/" + FILE);
		}
		return metric;
	}

	public List<Area> areaDefinitions() {
		return List.copyOf(this.areas.values());
	}

}
