package org.annualstats.console;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.annualstats.operate.RunRequest;
import org.annualstats.operate.RunService;
import org.annualstats.operate.RunService.Submission;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * Reruns of a year asked for in the console: the same run as {@code run} on the command line, from
 * the configured roots, started in the background once the year's lock is held. The request is
 * answered at once; a busy year starts nothing.
 */
@Service
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Reruns implements DisposableBean {

	/** As long as a stopping run is given to record itself. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private final RunService runs;

	private final ConsoleRoots roots;

	private final AuditLog audit;

	private final ExecutorService executor = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "console-run");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * The year of each run started here: a run is recorded in the store only when its job starts
	 * (after the previous year's figures, when they had to be computed first).
	 */
	private final Map<String, Integer> started = new ConcurrentHashMap<>();

	Reruns(RunService runs, ConsoleRoots roots, AuditLog audit) {
		this.runs = runs;
		this.roots = roots;
		this.audit = audit;
	}

	/** @return the run started, or why none was */
	Submission rerun(int year, String user, String from) {
		Submission submission = this.runs.submit(
				new RunRequest(year, this.roots.input(), this.roots.output(), null, "console", false, false, false),
				this.executor);
		if (submission.runId() != null) {
			this.started.put(submission.runId(), year);
			this.audit.record(user, from, AuditLog.Action.RERUN, year + ": run " + submission.runId());
		}
		else {
			this.audit.record(user, from, AuditLog.Action.RERUN_REFUSED,
					year + ": " + submission.refusal().message());
		}
		return submission;
	}

	/** The year of a run started here, recorded in the store or not yet. */
	Optional<Integer> year(String runId) {
		return Optional.ofNullable(this.started.get(runId));
	}

	/**
	 * Waits for a run in progress before the store closes: on SIGTERM the run stops after its
	 * current row and records itself STOPPED, resumable, as a run of the command line does.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
	}

}
