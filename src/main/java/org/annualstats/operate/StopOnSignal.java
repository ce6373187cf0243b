package org.annualstats.operate;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * SIGTERM and SIGINT (Ctrl-C) stop a run gracefully: while a job runs, this listener handles the two
 * signals itself and asks the job to stop ({@link JobOperator#stop}, as Batch's
 * {@code JobExecutionShutdownHook} does); every file step stops after its current chunk (Batch
 * checks {@code StepExecution.isTerminateOnly()} between chunks) and the run ends STOPPED,
 * restartable with {@code run --resume} inside the file where it stopped.
 * <p>
 * The signals are taken before the JVM begins to exit, not in a shutdown hook, because the
 * embedded H2 store closes its database in a shutdown hook of its own that runs alongside any
 * other (and H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} with {@code AUTO_SERVER}): the stop is
 * recorded while the store is open, the same way on H2 and PostgreSQL. Then the process ends: a
 * run of the command line ends its process itself, with the run's exit code; a process that serves
 * on (schedule, console) exits as the JVM does on the signal, with 128 + its number. So does any
 * process on a second signal, or when the stop is not recorded within
 * {@code annualstats.stop-wait}: an operator can always end it, and the run is then resumed as a
 * killed one.
 */
@Component
class StopOnSignal implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);

	private static final List<String> SIGNALS = List.of("TERM", "INT");

	/** The trigger of a run of the command line, whose process ends when the run does. */
	private static final String COMMAND_LINE = "manual";

	private final JobOperator operator;

	private final Duration maxWait;

	private final SignalHandler handler = this::onSignal;

	/** The run carried by each thread: a job runs on the thread that launches it. */
	private final Map<Thread, JobExecution> running = new HashMap<>();

	/** What the signals did before a run began; restored when no run is left. */
	private final Map<Signal, SignalHandler> previous = new HashMap<>();

	/** A signal asked this process to stop: from then on every run it starts stops at once. */
	private boolean stopping;

	StopOnSignal(@Lazy JobOperator operator, @Value("${annualstats.stop-wait:PT1M}") Duration maxWait) {
		this.operator = operator;
		this.maxWait = maxWait;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		boolean stopAtOnce;
		synchronized (this) {
			if (this.running.isEmpty()) {
				handleSignals();
			}
			this.running.put(Thread.currentThread(), execution);
			stopAtOnce = this.stopping;
		}
		if (stopAtOnce) {
			// a run after the one stopped, e.g. the year's own after its previous year's ingest
			stop(execution);
		}
	}

	/** The run service recorded the outcome of the run of this thread. */
	synchronized void runRecorded() {
		this.running.remove(Thread.currentThread());
		if (this.running.isEmpty()) {
			restoreSignals();
		}
		notifyAll();
	}

	/** On the thread the JVM starts for the signal. */
	private void onSignal(Signal signal) {
		List<JobExecution> runs;
		synchronized (this) {
			runs = this.stopping ? null : List.copyOf(this.running.values());
			this.stopping = true;
		}
		if (runs == null) {
			log.warn("Stop requested again: exiting without waiting; the run is resumed with run --resume");
			exit(signal);
			return;
		}
		log.warn("Stop requested: run stops after the current chunk or step; resume it with run --resume");
		runs.forEach(this::stop);
		if (!awaitRecorded()) {
			log.warn("The run did not stop within {}; exiting without recording the stop", this.maxWait);
			exit(signal);
		}
		else if (runs.isEmpty() || !runs.stream().allMatch(StopOnSignal::endsItsProcess)) {
			// no run (the signal came as the last one ended), or one of a process that serves on
			exit(signal);
		}
	}

	private void stop(JobExecution execution) {
		try {
			this.operator.stop(execution);
		}
		catch (JobExecutionNotRunningException ex) {
			log.debug("Run {} has already ended", execution.getId());
		}
		catch (RuntimeException ex) {
			log.warn("Run {} could not be asked to stop", execution.getId(), ex);
		}
	}

	private synchronized boolean awaitRecorded() {
		long deadline = System.nanoTime() + this.maxWait.toNanos();
		while (!this.running.isEmpty()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private static boolean endsItsProcess(JobExecution run) {
		return COMMAND_LINE.equals(run.getJobParameters().getString("trigger"));
	}

	/** As the JVM ends on the signal when nothing handles it. */
	private static void exit(Signal signal) {
		System.exit(128 + signal.getNumber());
	}

	private void handleSignals() {
		for (String name : SIGNALS) {
			Signal signal = new Signal(name);
			try {
				// a signal the process ignores (nohup, a background job) stays ignored
				this.previous.put(signal, Signal.handle(signal, this.handler));
			}
			catch (IllegalArgumentException ex) {
				log.warn("SIG{} cannot be handled here ({}): it ends a run as a kill does", name, ex.getMessage());
			}
		}
	}

	private void restoreSignals() {
		this.previous.forEach(Signal::handle);
		this.previous.clear();
	}

}
