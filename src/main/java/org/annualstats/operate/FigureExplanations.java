package org.annualstats.operate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricExplainer;
import org.annualstats.metrics.MetricRepository;
import org.annualstats.metrics.MetricValue;
import org.annualstats.store.ProvenanceRepository;

import org.springframework.stereotype.Service;

/** Why a figure of a year is what it is: its definition, its value and parts, last year's, and its rows. */
@Service
public class FigureExplanations {

	private final RunRepository runs;

	private final MetricRepository metrics;

	private final MetricCatalogue catalogue;

	private final MetricExplainer explainer;

	private final ProvenanceRepository provenance;

	FigureExplanations(RunRepository runs, MetricRepository metrics, MetricCatalogue catalogue,
			MetricExplainer explainer, ProvenanceRepository provenance) {
		this.runs = runs;
		this.metrics = metrics;
		this.catalogue = catalogue;
		this.explainer = explainer;
		this.provenance = provenance;
	}

	/**
	 * A figure explained.
	 *
	 * @param values the figure, or each member of a breakdown
	 * @param parts the figures it is computed from: a rate's numerator, then its denominator; else itself
	 * @param previousRunId the previous year's run the explained run compared its figures with, as its
	 * outputs show them; {@code null} when it compared with none
	 * @param recordsRunId the run whose files the store's records of the year were read from
	 * @param rowTotals what the written rows add up to, per figure and member; empty without rows
	 */
	public record Explanation(MetricDefinition metric, int year, String runId, LocalDate asOf,
			List<String> definition, List<MetricValue> values, List<MetricValue> parts, String previousRunId,
			List<MetricValue> previousValues, String recordsRunId, List<MetricValue> rowTotals) {
	}

	/**
	 * The store keeps one run's records per year: the rows of another run's figure cannot be listed.
	 */
	public static final class RecordsReplacedException extends RuntimeException {

		RecordsReplacedException(String message) {
			super(message);
		}

	}

	/**
	 * The figure, its parts and the previous year are the run's as stored; its rows are the store's
	 * records of the year, which are the run's only while no later run of the year replaced them.
	 * @param member one member of a breakdown, {@code null} for all
	 * @param runId {@code null} for the year's latest completed run
	 * @param rows where to write the rows behind the figure, {@code null} for none
	 * @throws IllegalArgumentException when the metric, member or run is not there to explain
	 * @throws RecordsReplacedException when rows are asked for and the year's records are another run's
	 */
	public Explanation explain(int year, String metricId, String member, String runId, Path rows) {
		MetricDefinition metric = this.catalogue.metric(metricId);
		String run = (runId != null) ? runId : this.runs.latestCompleted(year)
			.orElseThrow(() -> new IllegalArgumentException("year " + year + " has no completed run (see history)"));
		LocalDate asOf = this.runs.asOf(run, year)
			.orElseThrow(() -> new IllegalArgumentException("run " + run + " is not a run of " + year
					+ " (see history)"));
		List<MetricValue> runValues = this.metrics.values(run);
		List<MetricValue> all = select(runValues, metricId, null);
		if (all.isEmpty()) {
			throw new IllegalArgumentException(metricId + " has no figure in run " + run);
		}
		if (member != null && all.get(0).dimension().isEmpty()) {
			throw new IllegalArgumentException(metricId + " has no breakdown; --member names a month or item of one");
		}
		List<MetricValue> values = select(runValues, metricId, member);
		if (values.isEmpty()) {
			throw new IllegalArgumentException(metricId + " has no member " + member + " in run " + run + "; members: "
					+ String.join(", ", all.stream().map(MetricValue::member).toList()));
		}
		String recordsRun = this.provenance.recordsRun(year).orElse(null);
		if (rows != null && !run.equals(recordsRun)) {
			String rerun = "rerun " + year + " on run " + run + "'s input and explain the new run";
			throw new RecordsReplacedException("the records of run " + run + " are not in the store: "
					+ ((recordsRun == null) ? "it holds none of " + year + "; " + rerun : "those of " + year
							+ " are run " + recordsRun + "'s now; list them with --run " + recordsRun + ", or " + rerun));
		}
		List<String> partIds = this.explainer.parts(metricId);
		List<MetricValue> parts = partIds.stream()
			.flatMap((part) -> runValues.stream().filter((v) -> v.metricId().equals(part) && v.dimension().isEmpty()))
			.toList();
		String previousRun = this.runs.comparedWith(run).orElse(null);
		List<MetricValue> previous = (previousRun != null) ? select(this.metrics.values(previousRun), metricId, member)
				: List.of();
		List<MetricValue> totals = (rows != null)
				? this.explainer.writeRows(metricId, member, year, asOf, this.runs.calendar(run), rows) : List.of();
		return new Explanation(metric, year, run, asOf, this.explainer.definition(metricId), values, parts,
				previousRun, previous, recordsRun, totals);
	}

	private static List<MetricValue> select(List<MetricValue> values, String metricId, String member) {
		return values.stream()
			.filter((v) -> v.metricId().equals(metricId) && (member == null || v.member().equals(member)))
			.sorted(Comparator.comparing(MetricValue::member))
			.toList();
	}

}
