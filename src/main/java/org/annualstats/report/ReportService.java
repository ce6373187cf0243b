package org.annualstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.annualstats.changes.Explanation;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.store.ProvenanceRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Writes every output of a run and publishes them as the year's outputs in one step. */
@Service
public class ReportService {

	/** Whether this process has loaded the workbook's classes already. */
	private static final AtomicBoolean REHEARSED = new AtomicBoolean();

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	private final CsvOutputs csv;

	private final WorkbookWriter workbook;

	private final MetricCatalogue catalogue;

	private final Labels labels;

	private final String bureauName;

	private final NarrativeTemplates narrative;

	private final Locale locale;

	public ReportService(FindingRepository findings, ProvenanceRepository provenance, MetricCatalogue catalogue,
			SourceCatalog sources, ReconciliationChecks checks, NarrativeTemplates narrative,
			@Value("${annualstats.bureau-name}") String bureauName,
			@Value("${annualstats.bureau-name-en}") String bureauNameEn,
			@Value("${annualstats.locale:zh}") Locale locale) {
		this.findings = findings;
		this.provenance = provenance;
		this.catalogue = catalogue;
		this.narrative = narrative;
		this.locale = locale;
		this.labels = new Labels(locale);
		this.bureauName = this.labels.english() ? bureauNameEn : bureauName;
		ProblemTexts problems = new ProblemTexts(sources, checks, locale);
		this.csv = new CsvOutputs(findings, provenance, problems, this.labels);
		this.workbook = new WorkbookWriter(this.labels, problems, findings, provenance);
	}

	/**
	 * Loads what writing the workbook needs on a thread of its own, so that the publication at the
	 * end of a run does not wait for it; a failure here is left to the publication to report.
	 */
	public void prepareInBackground() {
		if (!REHEARSED.compareAndSet(false, true)) {
			// the classes stay loaded for the life of the process (the console's, the schedule's)
			return;
		}
		Thread rehearsal = new Thread(() -> {
			try {
				this.workbook.rehearse();
			}
			catch (RuntimeException ex) {
				// the publication writes the real workbook and reports what fails there
			}
		}, "workbook-rehearsal");
		rehearsal.setDaemon(true);
		rehearsal.setPriority(Thread.MIN_PRIORITY);
		rehearsal.start();
	}

	/** @return the folder now holding the year's outputs */
	public Path publish(RunSummary run, List<MetricRow> rows, SortedMap<Integer, List<MetricValue>> history,
			Map<String, Coverage> coverage, Map<String, String> memberLabels, Map<String, Explanation> explanations,
			Path outputRoot) {
		Publication publication = new Publication(run, this.bureauName, this.catalogue, rows, history, coverage,
				this.provenance.files(run.runId()), this.findings.countsByCheck(run.runId()), memberLabels,
				explanations);
		Narrative narrative = new Narrative(publication, this.labels, this.narrative, this.locale);
		Path work = OutputPublisher.workFolder(outputRoot, run.year(), run.runId());
		try {
			this.csv.metrics(work.resolve("metrics.csv"), run.year(), rows, memberLabels);
			this.csv.rejects(work.resolve("rejects.csv"), run.runId());
			this.csv.reconciliation(work.resolve("reconciliation.csv"), run.runId());
			this.workbook.write(work.resolve("statistical-appendix-" + run.year() + ".xlsx"), work.resolve("charts"),
					publication, narrative);
			write(work.resolve("narrative-" + run.year() + ".md"), narrative.markdown());
			write(work.resolve("narrative-" + run.year() + ".txt"), narrative.plainText());
			RunJson.write(work.resolve("run.json"), publication);
			return OutputPublisher.publish(work, outputRoot, run.year(), run.runId());
		}
		finally {
			// gone after a publication; after a failure, the half-written outputs go too
			OutputPublisher.deleteQuietly(work);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
