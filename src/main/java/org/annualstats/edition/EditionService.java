package org.annualstats.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.annualstats.changes.ChangeReview;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.operate.ExclusiveYear;
import org.annualstats.operate.ExitCode;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistory.Difference;
import org.annualstats.operate.YearBusyException;
import org.annualstats.reconcile.Finding;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.reconcile.Severity;
import org.annualstats.report.ProblemTexts;
import org.annualstats.report.ReleasedWorkbook;
import org.annualstats.report.ReleasedWorkbook.Revision;
import org.annualstats.report.ReleasedWorkbook.RevisedFigure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Releases a run's published outputs as an edition of its year, and lists the editions. A release
 * holds the year's lock, so no run of the year replaces the outputs while they are copied.
 */
@Service
public class EditionService {

	private static final Logger log = LoggerFactory.getLogger(EditionService.class);

	private static final String RUN_JSON = "run.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ExclusiveYear exclusiveYear;

	private final RunHistory history;

	private final FindingRepository findings;

	private final EditionRepository editions;

	private final ReleasedWorkbook workbook;

	private final TransactionTemplate transactions;

	/** Operators read English. */
	private final ProblemTexts problems;

	EditionService(ExclusiveYear exclusiveYear, RunHistory history, FindingRepository findings,
			EditionRepository editions, ReleasedWorkbook workbook, PlatformTransactionManager transactionManager,
			SourceCatalog sources, ReconciliationChecks checks) {
		this.exclusiveYear = exclusiveYear;
		this.history = history;
		this.findings = findings;
		this.editions = editions;
		this.workbook = workbook;
		this.transactions = new TransactionTemplate(transactionManager);
		this.problems = new ProblemTexts(sources, checks, Locale.ENGLISH);
	}

	/**
	 * How a release ended.
	 *
	 * @param message one line a person can act on
	 * @param blocking for a refused run, one line per check that stops it: check, count, first message
	 * @param edition the released edition, {@code null} when none was
	 */
	public record Release(ExitCode exitCode, String message, List<String> blocking, Edition edition) {

		static Release refused(ExitCode exitCode, String message) {
			return new Release(exitCode, message, List.of(), null);
		}

	}

	/** The year's editions, first to latest. */
	public List<Edition> editions(int year) {
		return this.editions.editions(year);
	}

	/**
	 * Releases the given run, or the year's latest completed one, as the year's next edition.
	 *
	 * @param runId {@code null} for the year's latest completed run
	 */
	public Release release(int year, Path outputRoot, String runId, String releasedBy) {
		try {
			return this.exclusiveYear.holding(year, "edition release",
					() -> releaseHolding(year, outputRoot, runId, releasedBy));
		}
		catch (YearBusyException ex) {
			return Release.refused(ExitCode.ALREADY_RUNNING, ex.getMessage());
		}
	}

	private Release releaseHolding(int year, Path outputRoot, String requestedRunId, String releasedBy) {
		List<String> completed = this.history.completedRuns(year);
		String runId = (requestedRunId != null) ? requestedRunId : completed.stream().findFirst().orElse(null);
		if (runId == null) {
			return Release.refused(ExitCode.FAILED, "year " + year + " has no completed run to release (see history)");
		}
		if (!completed.contains(runId)) {
			return Release.refused(ExitCode.FAILED,
					"run " + runId + " is not a completed run of " + year + " (see history --year " + year + ")");
		}
		List<String> blocking = blocking(runId);
		if (!blocking.isEmpty()) {
			return new Release(ExitCode.RECONCILIATION_ERRORS, "run " + runId + " has errors or large changes without "
					+ "an explanation; correct the exports or explain the changes in <input>/" + year
					+ "/explanations.csv, run the year again and release that run", blocking, null);
		}
		Path published = outputRoot.resolve(String.valueOf(year));
		String publishedRunId = publishedRunId(published);
		if (!runId.equals(publishedRunId)) {
			return Release.refused(ExitCode.FAILED, (publishedRunId == null)
					? published + " holds no published outputs (no " + RUN_JSON + "); run the year first"
					: published + " holds the outputs of run " + publishedRunId + ", not of run " + runId
							+ "; only the run whose outputs are published there can be released from it");
		}
		List<Edition> earlier = this.editions.editions(year);
		Edition replaced = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		if (replaced != null && replaced.runId().equals(runId)) {
			return Release.refused(ExitCode.FAILED, "run " + runId + " is already edition " + replaced.number() + " of "
					+ year + "; run the year again to revise it");
		}
		int number = (replaced != null) ? replaced.number() + 1 : 1;
		Path target = Edition.folder(outputRoot, year, number);
		if (Files.exists(target)) {
			return Release.refused(ExitCode.FAILED, target + " exists, but the store knows no edition " + number + " of "
					+ year + " (released with another store?); an edition is never overwritten");
		}
		Edition edition = new Edition(year, number, runId, releasedBy, LocalDateTime.now().withNano(0),
				(replaced != null) ? replaced.number() : null, target.toAbsolutePath().toString());
		try {
			write(published, target, edition, revision(year, replaced, runId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot release edition " + number + " of " + year + " into " + target, ex);
		}
		log.info("{}: run {} released as edition {} by {}", year, runId, number, releasedBy);
		return new Release(ExitCode.PUBLISHED, "RELEASED " + target + ": edition " + number + " of " + year
				+ " (run " + runId + ")" + ((replaced != null) ? ", replacing edition " + replaced.number() : ""),
				List.of(), edition);
	}

	/** Errors of any check, and large changes without an explanation: one line per check and severity. */
	private List<String> blocking(String runId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, String> first = new LinkedHashMap<>();
		this.findings.forEachFinding(runId, (finding) -> {
			if (finding.severity() == Severity.ERROR || (finding.severity() == Severity.WARNING
					&& ChangeReview.CHECK.equals(finding.checkId()))) {
				String check = finding.checkId() + " (" + finding.severity().id() + ")";
				counts.merge(check, 1L, Long::sum);
				first.putIfAbsent(check, message(finding));
			}
		});
		return counts.entrySet()
			.stream()
			.map((e) -> e.getKey() + ": " + e.getValue() + ((e.getValue() == 1) ? " finding" : " findings")
					+ ", the first: " + first.get(e.getKey()))
			.toList();
	}

	private String message(Finding finding) {
		return this.problems.message(finding).replaceAll("\\s+", " ").trim();
	}

	/** The run id named by the published outputs' run.json, {@code null} when there is none. */
	private static String publishedRunId(Path published) {
		Path runJson = published.resolve(RUN_JSON);
		if (!Files.isRegularFile(runJson)) {
			return null;
		}
		return JSON.readTree(runJson.toFile()).path("run_id").asString(null);
	}

	/** For a revision, every figure that changed since the edition it replaces. */
	private Revision revision(int year, Edition replaced, String runId) {
		if (replaced == null) {
			return null;
		}
		List<RevisedFigure> figures = this.history.compare(year, replaced.runId(), runId)
			.differences()
			.stream()
			.filter(Difference::changed)
			.map((d) -> new RevisedFigure(d.metricId(), d.dimension(), d.member(), d.from(), d.to()))
			.toList();
		return new Revision(replaced.number(), replaced.runId(), figures);
	}

	/**
	 * Copies the outputs into a hidden folder beside the editions, marks its workbook, writes the
	 * manifest, then records the edition and renames the folder into place in one transaction: an
	 * edition appears whole, and exists on disk exactly when the store knows it.
	 */
	private void write(Path published, Path target, Edition edition, Revision revision) throws IOException {
		Path folder = target.getParent();
		removeAbandoned(folder);
		Path work = folder.resolve(".tmp-" + edition.number());
		try {
			copyOutputs(published, work);
			this.workbook.mark(work.resolve("statistical-appendix-" + edition.year() + ".xlsx"), edition.year(),
					edition.number(), edition.runId(), revision);
			EditionManifest.write(work, edition);
			this.transactions.executeWithoutResult((status) -> {
				this.editions.insert(edition);
				move(work, target);
			});
		}
		finally {
			FileSystemUtils.deleteRecursively(work);
		}
	}

	/** Hidden folders of releases that stopped half-way; the year's lock says none is running. */
	private static void removeAbandoned(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> abandoned = Files.newDirectoryStream(folder, ".tmp-*")) {
			for (Path work : abandoned) {
				FileSystemUtils.deleteRecursively(work);
			}
		}
	}

	/** Every published file but the editions, with its times. */
	private static void copyOutputs(Path published, Path work) throws IOException {
		Path released = published.resolve(Edition.FOLDER);
		try (Stream<Path> paths = Files.walk(published)) {
			for (Path path : paths.filter((p) -> !p.startsWith(released)).toList()) {
				Path copy = work.resolve(published.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void move(Path from, Path to) {
		try {
			try {
				Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(from, to);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + from + " to " + to, ex);
		}
	}

}
