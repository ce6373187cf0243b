package org.annualstats.operate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.annualstats.ingest.FileReport;
import org.annualstats.ingest.InputException;
import org.annualstats.metrics.MetricFormulas;
import org.annualstats.operate.YearLock.Holder;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.store.ProvenanceRepository;
import org.annualstats.store.StalledCopyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs a statistical year: the one entry point for the command line and the scheduler. Holds the
 * year's lock for the whole run, ingests the previous year first when the store has no figures
 * for it, launches (or resumes) the job and turns its outcome into a result with an exit code and
 * a message a person can act on.
 */
@Service
public class RunService {

	private static final Logger log = LoggerFactory.getLogger(RunService.class);

	private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final Duration LOCK_POLL = Duration.ofSeconds(5);

	/** A year's outputs take a few MB; the workbook is written to a temporary folder first. */
	private static final long MIN_FREE_BYTES = 64L * 1024 * 1024;

	private final JobOperator operator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RunRepository runs;

	private final YearLock locks;

	private final StopOnSignal stopOnSignal;

	private final ProvenanceRepository provenance;

	private final FindingRepository findings;

	private final AbandonedRuns abandoned;

	private final MetricFormulas formulas;

	private final Alerts alerts;

	private final String locale;

	RunService(JobOperator operator, JobRepository jobRepository, Job annualStatsJob, RunRepository runs,
			YearLock locks, StopOnSignal stopOnSignal, ProvenanceRepository provenance, FindingRepository findings,
			AbandonedRuns abandoned, MetricFormulas formulas, Alerts alerts,
			@Value("${annualstats.locale:zh}") String locale) {
		this.formulas = formulas;
		this.alerts = alerts;
		this.locale = locale;
		this.operator = operator;
		this.jobRepository = jobRepository;
		this.job = annualStatsJob;
		this.runs = runs;
		this.locks = locks;
		this.stopOnSignal = stopOnSignal;
		this.provenance = provenance;
		this.findings = findings;
		this.abandoned = abandoned;
	}

	/** Runs the request, then alerts as {@code jobs/alerts.properties} asks. */
	public RunResult run(RunRequest request) {
		RunResult refused = take(request);
		RunResult result = (refused != null) ? refused : carryOut(request, newRunId(request.year()));
		this.alerts.ended(request, result);
		return result;
	}

	/**
	 * A run started in the background, for the console: refused at once, starting nothing, when
	 * the year is busy or its input is missing; else the year is held from now on.
	 *
	 * @param runId the id the run will have, {@code null} when refused
	 * @param refusal why nothing started, {@code null} when started
	 */
	public record Submission(String runId, RunResult refusal) {
	}

	public Submission submit(RunRequest request, Executor executor) {
		if (request.resume() || request.waitForLock()) {
			throw new IllegalArgumentException("a run in the background starts anew and never waits");
		}
		String runId = newRunId(request.year());
		RunResult refused = take(request);
		if (refused != null) {
			return new Submission(null, refused);
		}
		try {
			executor.execute(() -> this.alerts.ended(request, carryOut(request, runId)));
		}
		catch (RuntimeException ex) {
			this.locks.release(request.year());
			throw ex;
		}
		return new Submission(runId, null);
	}

	/** Checks what a run needs and takes the year's lock; the refusal, or {@code null} holding the year. */
	private RunResult take(RunRequest request) {
		Path yearFolder = request.inputRoot().resolve(String.valueOf(request.year()));
		if (!request.resume() && !Files.isDirectory(yearFolder)) {
			return notStarted(request.year(), ExitCode.FAILED, "input folder " + yearFolder
					+ " does not exist: expected <input>/" + request.year() + "/<case|review|permit|commitment>/");
		}
		String unwritable = checkWritable(request.outputRoot());
		if (unwritable != null) {
			return notStarted(request.year(), ExitCode.FAILED, unwritable);
		}
		Optional<Holder> holder = lock(request.year(), request.trigger() + " run", request.waitForLock());
		if (holder.isPresent()) {
			return notStarted(request.year(), ExitCode.ALREADY_RUNNING, "year " + request.year()
					+ " is already being run (" + holder.get().purpose() + " by " + holder.get().owner() + ", since "
					+ holder.get().acquiredAt().withNano(0) + "); try again later or pass --wait");
		}
		return null;
	}

	/** Runs the year, whose lock this process holds, and releases it. */
	private RunResult carryOut(RunRequest request, String runId) {
		try {
			return request.resume() ? resume(request) : runAnew(request, runId);
		}
		finally {
			this.locks.release(request.year());
		}
	}

	private RunResult runAnew(RunRequest request, String runId) {
		RunResult previous = ingestPreviousYearIfMissing(request);
		if (previous != null && !previous.isPublished()) {
			// the previous year only provides comparison values: without them the year is still published
			log.warn("{}: the previous year {} could not be ingested ({}); previous values stay empty",
					request.year(), request.year() - 1, previous.message());
		}
		RunParameters run = new RunParameters(runId, request.year(), request.inputRoot(),
				request.outputRoot(), request.effectiveAsOf(), request.trigger(), true,
				request.allowReconciliationErrors());
		return launch(run, () -> start(run));
	}

	/** Without figures of Y−1 in the store, a Y−1 folder of the input root is ingested first. */
	private RunResult ingestPreviousYearIfMissing(RunRequest request) {
		int previousYear = request.year() - 1;
		if (this.runs.latestCompleted(previousYear).isPresent()
				|| !Files.isDirectory(request.inputRoot().resolve(String.valueOf(previousYear)))) {
			return null;
		}
		log.info("{}: no figures of {} in the store; ingesting {} first", request.year(), previousYear,
				previousYear);
		lock(previousYear, "previous-year ingest for " + request.year(), true);
		try {
			// its findings are reported with its own run; they do not stop the comparison values
			RunParameters run = new RunParameters(newRunId(previousYear), previousYear, request.inputRoot(),
					request.outputRoot(), LocalDate.of(previousYear, 12, 31), request.trigger(), false, true);
			return launch(run, () -> start(run));
		}
		finally {
			this.locks.release(previousYear);
		}
	}

	/** Restarts the year's last run that did not complete, from the step where it stopped. */
	private RunResult resume(RunRequest request) {
		int year = request.year();
		Optional<String> unfinished = this.runs.latestUnfinished(year);
		if (unfinished.isEmpty()) {
			return notStarted(year, ExitCode.FAILED, "nothing to resume: no run of " + year
					+ " ended unfinished after its last completed run (see history)");
		}
		JobExecution last = this.jobRepository.getLastJobExecution(AnnualStatsJobConfiguration.JOB_NAME,
				new JobParametersBuilder().addString("runId", unfinished.get()).addLong("year", (long) year)
					.toJobParameters());
		if (last == null) {
			return notStarted(year, ExitCode.FAILED, "run " + unfinished.get() + " has no job execution to resume");
		}
		RunParameters run = RunParameters.of(last.getJobParameters());
		String otherFolder = otherFolder(request, run);
		if (otherFolder != null) {
			return notStarted(year, ExitCode.BAD_ARGUMENTS, otherFolder);
		}
		log.info("{}: resuming run {} (it ended {})", year, run.runId(), last.getStatus());
		this.runs.resumed(run.runId());
		return launch(run, () -> {
			// a killed process leaves its execution STARTED; mark it failed so that it can restart
			JobExecution restartable = last.getStatus().isRunning() ? this.operator.recover(last) : last;
			try {
				return this.operator.restart(restartable);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex.getMessage(), ex);
			}
		});
	}

	/**
	 * A resumed run reads and writes the folders it started with: other folders on the command line
	 * would be ignored in silence, or mix two exports in one run.
	 */
	private static String otherFolder(RunRequest request, RunParameters run) {
		if (!sameFolder(request.inputRoot(), run.inputRoot())) {
			return "--input " + request.inputRoot() + ": run " + run.runId() + " read the input root "
					+ run.inputRoot() + "; resume it with --input " + run.inputRoot()
					+ ", or start a new run without --resume";
		}
		if (!sameFolder(request.outputRoot(), run.outputRoot())) {
			return "--output " + request.outputRoot() + ": run " + run.runId() + " publishes into "
					+ run.outputRoot() + "; resume it with --output " + run.outputRoot()
					+ ", or start a new run without --resume";
		}
		return null;
	}

	private static boolean sameFolder(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	private JobExecution start(RunParameters run) {
		this.runs.started(run.runId(), run.year(), run.asOf(), this.locale, run.trigger(), run.inputRoot().toString(),
				run.outputRoot().toString(), LocalDateTime.now());
		this.abandoned.cleanBefore(run);
		this.runs.definitions(run.runId(), this.formulas.fingerprints());
		try {
			return this.operator.start(this.job, run.toJobParameters());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private RunResult launch(RunParameters run, Supplier<JobExecution> execute) {
		Instant started = Instant.now();
		log.info("{}: run {} (as of {}, input {})", run.year(), run.runId(), run.asOf(), run.inputRoot());
		try {
			JobExecution execution;
			try {
				execution = execute.get();
			}
			catch (IllegalStateException ex) {
				this.runs.ended(run.runId(), RunStatus.FAILED, ex.getMessage());
				return result(run, started, RunStatus.FAILED, ExitCode.FAILED,
						"the job could not start: " + ex.getMessage(), null, null);
			}
			return outcome(run, started, execution);
		}
		finally {
			this.stopOnSignal.runRecorded();
		}
	}

	private RunResult outcome(RunParameters run, Instant started, JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			String message = run.publish() ? null
					: "figures of " + run.year() + " stored for the comparison of the next year; no outputs of its own";
			this.runs.ended(run.runId(), RunStatus.PUBLISHED, message);
			Path published = run.publish() ? run.outputRoot().resolve(String.valueOf(run.year())) : null;
			return result(run, started, RunStatus.PUBLISHED, ExitCode.PUBLISHED, message, published, null);
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			String message = "stopped on request; nothing published";
			this.runs.ended(run.runId(), RunStatus.STOPPED, message);
			return result(run, started, RunStatus.STOPPED, ExitCode.FAILED, message, null, endedIn(execution));
		}
		Throwable failure = rootFailure(execution.getAllFailureExceptions());
		ExitCode code = (failure instanceof ReconciliationErrorsException) ? ExitCode.RECONCILIATION_ERRORS
				: ExitCode.FAILED;
		String message = describe(failure, execution);
		this.runs.ended(run.runId(), RunStatus.FAILED, message);
		return result(run, started, RunStatus.FAILED, code, message, null, endedIn(execution));
	}

	/** The step where an unsuccessful run ended. */
	private static String endedIn(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus().isUnsuccessful() || step.getStatus() == BatchStatus.STOPPED)
			.map(StepExecution::getStepName)
			.findFirst()
			.orElse(null);
	}

	private Optional<Holder> lock(int year, String purpose, boolean wait) {
		while (true) {
			Optional<Holder> holder = this.locks.tryAcquire(year, purpose);
			if (holder.isEmpty()) {
				// holding the year, this process knows that no other runs it
				this.runs.markDied(year).forEach((runId) -> this.alerts.died(year, runId));
				return holder;
			}
			if (!wait) {
				return holder;
			}
			log.info("{}: waiting for the {} by {} to finish", year, holder.get().purpose(), holder.get().owner());
			try {
				Thread.sleep(LOCK_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return holder;
			}
		}
	}

	private RunResult result(RunParameters run, Instant started, RunStatus status, ExitCode code, String message,
			Path published, String step) {
		List<FileReport> files = this.provenance.files(run.runId());
		return new RunResult(run.runId(), run.year(), status, code, message, published,
				Duration.between(started, Instant.now()), files.stream().mapToLong(FileReport::rowsRead).sum(),
				files.stream().mapToLong(FileReport::rowsAccepted).sum(),
				files.stream().mapToLong(FileReport::rowsRejected).sum(), this.findings.countsByCheck(run.runId()), step);
	}

	private static RunResult notStarted(int year, ExitCode code, String message) {
		return new RunResult(null, year, RunStatus.FAILED, code, message, null, Duration.ZERO, 0, 0, 0, Map.of(),
				null);
	}

	/** Finds out before any work whether outputs can be written at all, and have room. */
	private static String checkWritable(Path outputRoot) {
		try {
			Files.createDirectories(outputRoot);
			Path probe = Files.createTempFile(outputRoot, ".write-check", ".tmp");
			Files.delete(probe);
			long free = Files.getFileStore(outputRoot).getUsableSpace();
			if (free < MIN_FREE_BYTES) {
				return "output folder " + outputRoot + " has only " + free / (1024 * 1024) + " MB free; at least "
						+ MIN_FREE_BYTES / (1024 * 1024) + " MB are needed to publish";
			}
			return null;
		}
		catch (IOException | SecurityException ex) {
			return "output folder " + outputRoot + " is not writable (" + ex.getMessage() + ")";
		}
	}

	/** The exception a person should read: an input or reconciliation problem, else the deepest cause. */
	private static Throwable rootFailure(List<Throwable> failures) {
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (isOperatorFacing(t)) {
					return t;
				}
			}
		}
		Throwable root = failures.isEmpty() ? null : failures.get(0);
		while (root != null && root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	/** Failures whose message is written for the operator, shown without the exception's name. */
	private static boolean isOperatorFacing(Throwable failure) {
		return failure instanceof InputException || failure instanceof ReconciliationErrorsException
				|| failure instanceof RemotePartitionException || failure instanceof StalledCopyException;
	}

	private static String describe(Throwable failure, JobExecution execution) {
		if (failure == null) {
			return "the job ended " + execution.getStatus();
		}
		String message = isOperatorFacing(failure) ? failure.getMessage() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
		// database messages carry SQL and positions on further lines; a run reports one line
		return String.valueOf(message).replaceAll("\\s+", " ").trim();
	}

	private static String newRunId(int year) {
		byte[] random = new byte[2];
		ThreadLocalRandom.current().nextBytes(random);
		return year + "-" + LocalDateTime.now().format(RUN_ID_TIME) + "-" + HexFormat.of().formatHex(random);
	}

}
