package org.annualstats.operate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRepository;
import org.annualstats.metrics.MetricValue;
import org.annualstats.store.ProvenanceRepository;

import org.springframework.stereotype.Service;

/** What the runs of the past did: the history of runs, and the differences of figures between two runs. */
@Service
public class RunHistory {

	private final RunRepository runs;

	private final MetricRepository metrics;

	private final MetricCatalogue catalogue;

	private final YearLock locks;

	private final ProvenanceRepository provenance;

	RunHistory(RunRepository runs, MetricRepository metrics, MetricCatalogue catalogue, YearLock locks,
			ProvenanceRepository provenance) {
		this.provenance = provenance;
		this.runs = runs;
		this.metrics = metrics;
		this.catalogue = catalogue;
		this.locks = locks;
	}

	/** Runs newest first, of one year or ({@code null}) of all, as they stand now. */
	public List<RunHistoryEntry> runs(Integer year) {
		Set<Integer> years = new HashSet<>();
		return this.runs.history((year != null) ? year : 0).stream().map((run) -> {
			// one run of a year at a time: only its latest can still be running, or be resumed
			boolean latest = years.add(run.year());
			boolean alive = latest && run.status() == RunStatus.RUNNING && this.locks.isHeld(run.year());
			return run.standing(alive, latest);
		}).toList();
	}

	/** One run as it stands now; empty when the store has no run of this id. */
	public Optional<RunHistoryEntry> run(String runId) {
		return this.runs.year(runId).flatMap((year) -> runs(year).stream()
			.filter((run) -> run.runId().equals(runId))
			.findFirst());
	}

	/** The ids of the year's completed runs, newest first: the first holds the year's current figures. */
	public List<String> completedRuns(int year) {
		return this.runs.history(year)
			.stream()
			.filter((r) -> r.status() == RunStatus.PUBLISHED)
			.map(RunHistoryEntry::runId)
			.toList();
	}

	/** A figure of two runs. */
	public record Difference(String metricId, String dimension, String member, BigDecimal from, BigDecimal to) {

		public BigDecimal change() {
			return (this.from != null && this.to != null) ? this.to.subtract(this.from) : null;
		}

		public boolean changed() {
			return (this.from == null || this.to == null) ? !Objects.equals(this.from, this.to)
					: this.from.compareTo(this.to) != 0;
		}

	}

	/**
	 * The two runs compared, what their figures depend on, and their figures, member by member, in
	 * catalogue order.
	 */
	public record Comparison(RunContext from, RunContext to, List<Difference> differences) {

		public String fromRunId() {
			return this.from.runId();
		}

		public String toRunId() {
			return this.to.runId();
		}

	}

	/**
	 * @param fromRunId {@code null} for the second latest completed run of the year
	 * @param toRunId {@code null} for the latest completed run of the year
	 * @throws IllegalArgumentException when there are not two runs to compare
	 */
	public Comparison compare(int year, String fromRunId, String toRunId) {
		List<String> completed = completedRuns(year);
		String to = (toRunId != null) ? toRunId : first(completed, 0, year);
		String from = (fromRunId != null) ? fromRunId : first(completed.subList(completed.indexOf(to) + 1,
				completed.size()), 0, year);
		List<String> order = this.catalogue.metrics().stream().map(MetricDefinition::id).toList();
		SortedMap<String, MetricValue[]> pairs = new TreeMap<>();
		pair(pairs, order, this.metrics.values(from), 0);
		pair(pairs, order, this.metrics.values(to), 1);
		List<Difference> differences = new ArrayList<>();
		for (MetricValue[] pair : pairs.values()) {
			MetricValue any = (pair[1] != null) ? pair[1] : pair[0];
			differences.add(new Difference(any.metricId(), any.dimension(), any.member(),
					(pair[0] != null) ? pair[0].value() : null, (pair[1] != null) ? pair[1].value() : null));
		}
		return new Comparison(context(from), context(to), differences);
	}

	private RunContext context(String runId) {
		Map<String, String> files = new TreeMap<>();
		this.provenance.files(runId).forEach((file) -> files.put(file.file(), file.sha256()));
		return this.runs.context(runId, files);
	}

	private static String first(List<String> runIds, int index, int year) {
		if (runIds.size() <= index) {
			throw new IllegalArgumentException("year " + year + " has fewer than two completed runs to compare; "
					+ "name them with --from and --to (see history)");
		}
		return runIds.get(index);
	}

	/** Puts each value on its side of the pair, keyed in catalogue order, then by member. */
	private static void pair(SortedMap<String, MetricValue[]> pairs, List<String> order, List<MetricValue> values,
			int side) {
		for (MetricValue value : values) {
			String key = String.format("%04d|%s|%s", order.indexOf(value.metricId()), value.dimension(),
					value.member());
			pairs.computeIfAbsent(key, (k) -> new MetricValue[2])[side] = value;
		}
	}

}
