package org.annualstats.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.annualstats.changes.Explanation;
import org.annualstats.ingest.FileReport;
import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;

/**
 * Everything the outputs of a run show.
 *
 * @param rows every figure beside the previous year's
 * @param history the figures of every year with a completed run up to this one, for trends
 * @param coverage per source, the months this year and the previous year cover
 * @param files the ingested files' provenance
 * @param findingsByCheck finding counts per check id
 * @param memberLabels readable names of breakdown members, keyed {@code metric_id|member}
 * @param explanations the recorded reasons of large changes, keyed {@link Explanation#key}
 */
public record Publication(RunSummary run, String bureauName, MetricCatalogue catalogue, List<MetricRow> rows,
		SortedMap<Integer, List<MetricValue>> history, Map<String, Coverage> coverage, List<FileReport> files,
		Map<String, Long> findingsByCheck, Map<String, String> memberLabels, Map<String, Explanation> explanations) {

	/** The recorded reason of a figure's large change, {@code null} when there is none. */
	String explanation(MetricRow row, Labels labels) {
		Explanation explanation = this.explanations.get(Explanation.key(row.metric().id(), row.member()));
		return (explanation != null) ? explanation.text(labels.english()) : null;
	}

	List<Area> areas() {
		return this.catalogue.areaDefinitions();
	}

	MetricDefinition metric(String id) {
		return this.catalogue.metric(id);
	}

	/** The row of one member of a breakdown. */
	MetricRow row(MetricDefinition metric, String member) {
		return this.rows.stream()
			.filter((r) -> r.metric().equals(metric) && r.member().equals(member))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(metric.id() + " has no member " + member));
	}

	/**
	 * "3月", "维持", "无犯罪记录证明（ZM-RS-001）": a breakdown member as a reader names it. Item names
	 * come from Chinese systems, so the English workbook names an item by its code.
	 */
	String memberName(MetricRow row, Labels labels) {
		return memberName(row.metric().id(), row.dimension(), row.member(), this.memberLabels, labels);
	}

	/** A breakdown member as a reader names it, from the readable names keyed {@code metric_id|member}. */
	static String memberName(String metricId, String dimension, String member, Map<String, String> memberLabels,
			Labels labels) {
		if ("month".equals(dimension)) {
			return labels.month(Integer.parseInt(member));
		}
		String label = memberLabels.get(metricId + "|" + member);
		if ("item".equals(dimension)) {
			return (label == null || labels.english()) ? member : labels.get("item.named", label, member);
		}
		return (label != null) ? label : member;
	}

}
