package org.annualstats.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.annualstats.ingest.FileReport;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;

/**
 * Everything the outputs of a run show.
 *
 * @param rows every figure beside the previous year's
 * @param history the figures of every year with a completed run up to this one, for trends
 * @param files the ingested files' provenance
 * @param findingsByCheck finding counts per check id
 * @param memberLabels readable names of breakdown members, keyed {@code metric_id|member}
 */
public record Publication(RunSummary run, List<MetricRow> rows, SortedMap<Integer, List<MetricValue>> history,
		List<FileReport> files, Map<String, Long> findingsByCheck, Map<String, String> memberLabels) {

	/** "维持", "无犯罪记录证明（ZM-RS-001）", or the member itself when it has no name. */
	String memberName(MetricRow row) {
		String label = this.memberLabels.get(row.metric().id() + "|" + row.member());
		if (label == null || label.equals(row.member())) {
			return row.member();
		}
		return "item".equals(row.dimension()) ? label + "（" + row.member() + "）" : label;
	}
}
