package org.annualstats.changes;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;

import org.springframework.stereotype.Component;

/**
 * The rule for changes that need an explanation, from {@code jobs/change-gate.csv}: per metric (or
 * {@code *} for all) the change ratio at or beyond which a change must be explained and the
 * smallest previous value the rule applies to. Figures without dimension come under the rule; a
 * row that names a dimension brings that metric's members under it too. Checked at start-up.
 */
@Component
public class ChangeGate {

	private static final String FILE = "change-gate.csv";

	private final Map<String, Rule> rules = new LinkedHashMap<>();

	private record Rule(String dimension, BigDecimal minChangeRatio, BigDecimal minPrevious) {
	}

	public ChangeGate(JobsFiles jobs, MetricCatalogue catalogue) {
		Set<String> metrics = catalogue.metrics().stream().map(MetricDefinition::id).collect(Collectors.toSet());
		jobs.csv(FILE, (row) -> {
			String where = "jobs/" + FILE + " line " + (row.getRecordNumber() + 1);
			String metric = row.get("metric_id");
			if (!metric.equals("*") && !metrics.contains(metric)) {
				throw new IllegalStateException(where + ": '" + metric + "' is not * nor a metric of jobs/metrics/catalogue.csv");
			}
			try {
				return this.rules.put(metric, new Rule(row.get("dimension"), new BigDecimal(row.get("min_change_ratio")),
						new BigDecimal(row.get("min_previous"))));
			}
			catch (NumberFormatException ex) {
				throw new IllegalStateException(where + ": min_change_ratio and min_previous must be numbers such as 0.5 and 10");
			}
		});
		if (!this.rules.containsKey("*")) {
			throw new IllegalStateException("jobs/" + FILE + " has no row for * (every other metric)");
		}
	}

	/** Whether the change of this figure (or member) is large enough to need an explanation. */
	public boolean needsExplanation(MetricRow row) {
		Rule rule = this.rules.getOrDefault(row.metric().id(), this.rules.get("*"));
		if (!row.dimension().isEmpty() && !row.dimension().equals(rule.dimension())) {
			return false;
		}
		return row.previous() != null && row.changeRatio() != null && row.previous().compareTo(rule.minPrevious()) >= 0
				&& row.changeRatio().abs().compareTo(rule.minChangeRatio()) >= 0;
	}

}
