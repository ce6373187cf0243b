package org.annualstats.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.RejectedRow;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistoryEntry;
import org.annualstats.operate.RunProgress;
import org.annualstats.operate.RunStatus;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.report.ProblemTexts;
import org.annualstats.store.ProvenanceRepository;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Everything the console shows of one run: its record, steps, files, findings, rejected rows, outputs. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunDetails {

	private final RunHistory history;

	private final RunProgress progress;

	private final ProvenanceRepository provenance;

	private final FindingRepository findings;

	private final RunOutputs outputs;

	private final Reruns reruns;

	private final SourceCatalog sources;

	private final ReconciliationChecks checks;

	RunDetails(RunHistory history, RunProgress progress, ProvenanceRepository provenance,
			FindingRepository findings, RunOutputs outputs, Reruns reruns, SourceCatalog sources,
			ReconciliationChecks checks) {
		this.sources = sources;
		this.checks = checks;
		this.history = history;
		this.progress = progress;
		this.provenance = provenance;
		this.findings = findings;
		this.outputs = outputs;
		this.reruns = reruns;
	}

	/**
	 * A run.
	 *
	 * @param files provenance of the files read so far (all of them once the run ended)
	 * @param outputs names of the files it published, while they are the year's published outputs
	 */
	record Run(RunHistoryEntry entry, List<RunProgress.Step> steps, List<FileReport> files,
			Map<String, Long> findingsByCheck, List<String> outputs) {

		public long rowsRead() {
			return this.files.stream().mapToLong(FileReport::rowsRead).sum();
		}

		public long rowsRejected() {
			return this.files.stream().mapToLong(FileReport::rowsRejected).sum();
		}

		/** Rows read per second so far. */
		public long rowsPerSecond() {
			LocalDateTime end = (this.entry.endedAt() != null) ? this.entry.endedAt() : LocalDateTime.now();
			long millis = Duration.between(this.entry.startedAt(), end).toMillis();
			return (millis > 0) ? rowsRead() * 1000 / millis : 0;
		}

		/** The step running now, {@code null} when none is. */
		public String currentStep() {
			return this.steps.stream()
				.filter((step) -> "STARTED".equals(step.status()))
				.map(RunProgress.Step::name)
				.reduce((first, last) -> last)
				.orElse(null);
		}

		public boolean running() {
			return this.entry.status() == RunStatus.RUNNING;
		}

	}

	/** A rejected row with its field and reason in the reader's language. */
	record Reject(RejectedRow row, String field, String reason) {
	}

	/** A page of rejected rows. */
	record Rejects(List<Reject> rows, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/** The run, or one started here whose job has not started yet (it computes the previous year first). */
	Optional<Run> run(String runId) {
		Optional<RunHistoryEntry> recorded = this.history.run(runId);
		RunHistoryEntry entry = recorded.orElseGet(() -> this.reruns.year(runId)
			.map((year) -> new RunHistoryEntry(runId, year, "console", RunStatus.RUNNING, LocalDateTime.now(), null, 0,
					0, null, null, null, false))
			.orElse(null));
		if (entry == null) {
			return Optional.empty();
		}
		return Optional.of(new Run(entry, this.progress.steps(runId, entry.year()), this.provenance.files(runId),
				this.findings.countsByCheck(runId), this.outputs.names(entry)));
	}

	/**
	 * @param file only the rows of this file, {@code null} or empty for all
	 * @param reason only rows whose reason, in the reader's language, contains this; {@code null} or empty for all
	 */
	Rejects rejects(String runId, String file, String reason, Locale locale, int page, int size) {
		ProblemTexts texts = new ProblemTexts(this.sources, this.checks, locale);
		List<Reject> rows = new ArrayList<>();
		long[] total = { 0 };
		long first = (long) page * size;
		// streamed: a run may have many rejected rows, only one page is kept
		this.provenance.forEachReject(runId, (row) -> {
			if (file != null && !file.isEmpty() && !file.equals(row.file())) {
				return;
			}
			Reject reject = new Reject(row, texts.field(row), texts.reason(row));
			if (reason == null || reason.isEmpty() || reject.reason().contains(reason)) {
				if (total[0] >= first && total[0] < first + size) {
					rows.add(reject);
				}
				total[0]++;
			}
		});
		return new Rejects(rows, total[0], page, size);
	}

}
