package org.annualstats.operate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.annualstats.changes.ChangeReview;
import org.annualstats.changes.Explanation;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.CoverageRepository;
import org.annualstats.metrics.MemberLabels;
import org.annualstats.metrics.MetricRepository;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;
import org.annualstats.metrics.MetricsCalculator;
import org.annualstats.metrics.YearOverYear;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.reconcile.Reconciler;
import org.annualstats.reference.ReferenceDataLoader;
import org.annualstats.reference.ReferenceDataLoader.ReferenceSources;
import org.annualstats.report.ProblemTexts;
import org.annualstats.report.ReportService;
import org.annualstats.report.RunSummary;
import org.annualstats.store.ProvenanceRepository;
import org.annualstats.store.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** The work of each step of the annual statistics job. */
@Component
class RunSteps {

	private static final Logger log = LoggerFactory.getLogger(RunSteps.class);

	private final ReferenceDataLoader reference;

	private final StagingRepository staging;

	private final Reconciler reconciler;

	private final ProvenanceRepository provenance;

	private final FindingRepository findings;

	private final MetricsCalculator calculator;

	private final MetricRepository metrics;

	private final YearOverYear yearOverYear;

	private final CoverageRepository coverage;

	private final ReportService report;

	private final RunRepository runs;

	private final MemberLabels memberLabels;

	private final SourceCatalog sources;

	private final ChangeReview changes;

	/** Operators read English. */
	private final ProblemTexts english;

	private final ProgressMeter progress;

	/** The progress lines of the ingest, whose files are read by the partitions of one step. */
	private volatile ProgressMeter.Step ingestProgress;

	RunSteps(ReferenceDataLoader reference, StagingRepository staging, Reconciler reconciler,
			ProvenanceRepository provenance, FindingRepository findings, MetricsCalculator calculator, MetricRepository metrics,
			YearOverYear yearOverYear, CoverageRepository coverage, ReportService report, RunRepository runs,
			MemberLabels memberLabels, SourceCatalog sources, ChangeReview changes, ReconciliationChecks checks,
			ProgressMeter progress) {
		this.progress = progress;
		this.reference = reference;
		this.staging = staging;
		this.reconciler = reconciler;
		this.provenance = provenance;
		this.findings = findings;
		this.calculator = calculator;
		this.metrics = metrics;
		this.yearOverYear = yearOverYear;
		this.coverage = coverage;
		this.report = report;
		this.runs = runs;
		this.memberLabels = memberLabels;
		this.sources = sources;
		this.changes = changes;
		this.english = new ProblemTexts(sources, checks, Locale.ENGLISH);
	}

	void loadReference(RunParameters run, ExecutionContext jobContext) {
		try (ProgressMeter.Step step = this.progress.start("reference")) {
			ReferenceSources sources = this.reference.load(run.inputRoot(), run.year());
			jobContext.putString("catalogueSource", sources.catalogue());
			jobContext.putString("calendarSource", sources.calendar());
			jobContext.putString("calendarSha256", sources.calendarSha256());
			this.runs.countsOn(run.runId(), sources.calendarSha256());
		}
	}

	/** Before any file of the run is read: its staging tables, empty unless an earlier attempt made them. */
	void prepareIngest(RunParameters run) {
		this.ingestProgress = this.progress.start(IngestStepConfiguration.INGEST_STEP);
		if (run.publish()) {
			this.report.prepareInBackground();
		}
		this.sources.sources().forEach((source) -> this.staging.prepare(run.runId(), run.year(), source));
	}

	/** The files are read; when all of them are staged, the planner learns what the tables hold now. */
	void ingestEnded(RunParameters run, boolean allStaged) {
		if (this.ingestProgress != null) {
			this.ingestProgress.close();
			this.ingestProgress = null;
		}
		if (allStaged) {
			this.sources.sources()
				.forEach((source) -> this.staging.analyze(StagingRepository.stageTable(run.runId(), source)));
		}
	}

	void reconcile(RunParameters run) {
		try (ProgressMeter.Step step = this.progress.start("reconcile")) {
			reconcileStaged(run);
		}
	}

	private void reconcileStaged(RunParameters run) {
		if (this.provenance.recordsRun(run.year()).filter(run.runId()::equals).isPresent()) {
			// an earlier attempt stored the records and ended before Batch recorded the step
			log.info("{}: records already stored by run {}", run.year(), run.runId());
			return;
		}
		this.reconciler.findDuplicates(run.runId());
		long errors = this.reconciler.checkStaged(run.runId(), run.year());
		if (errors > 0 && !run.allowReconciliationErrors()) {
			List<String> first = this.findings.firstErrors(run.runId())
				.stream()
				.map((finding) -> finding.checkId() + " " + this.english.message(finding))
				.toList();
			throw new ReconciliationErrorsException(errors + " reconciliation error(s), nothing published: "
					+ String.join("; ", first) + " (rerun with --allow-reconciliation-errors to publish anyway)");
		}
		this.reconciler.replaceYearRecords(run.runId(), run.year());
		this.sources.sources().forEach(this.staging::analyzeRecords);
	}

	void computeMetrics(RunParameters run, ExecutionContext jobContext) {
		try (ProgressMeter.Step step = this.progress.start("metrics")) {
			this.calculator.compute(run.runId(), run.year(), run.asOf(), jobContext.getString("calendarSha256"));
		}
	}

	void publish(RunParameters run, ExecutionContext jobContext) {
		try (ProgressMeter.Step step = this.progress.start("publish")) {
			if (run.publish()) {
				publishOutputs(run, jobContext);
			}
			// the records are the year's now; what was staged to get there is no longer needed
			this.staging.dropRunTables(run.runId());
		}
	}

	private void publishOutputs(RunParameters run, ExecutionContext jobContext) {
		SortedMap<Integer, String> earlierRuns = this.runs.latestCompletedBefore(run.year());
		SortedMap<Integer, List<MetricValue>> history = new TreeMap<>();
		earlierRuns.forEach((year, runId) -> history.put(year, this.metrics.values(runId)));
		history.put(run.year(), this.metrics.values(run.runId()));
		String previousRunId = earlierRuns.get(run.year() - 1);
		this.runs.compared(run.runId(), previousRunId);
		Map<String, Coverage> coverage = this.coverage.coverage(run.year());
		List<MetricRow> rows = this.yearOverYear.compare(history.get(run.year()), history.get(run.year() - 1),
				coverage);
		RunSummary summary = new RunSummary(run.runId(), run.year(), run.asOf(), this.runs.startedAt(run.runId()),
				run.trigger(), run.inputRoot().toString(), previousRunId, this.findings.errorCount(run.runId()) == 0,
				jobContext.getString("catalogueSource"), jobContext.getString("calendarSource"));
		Map<String, Explanation> explanations = this.changes.review(run.runId(), run.year(), run.inputRoot(), rows);
		Path published = this.report.publish(summary, rows, history, coverage, this.memberLabels.labels(run.year()),
				explanations, run.outputRoot());
		log.info("{}: published {}", run.year(), published);
	}


}
