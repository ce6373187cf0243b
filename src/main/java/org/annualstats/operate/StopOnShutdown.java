package org.annualstats.operate;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobExecutionShutdownHook;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * SIGTERM stops a run gracefully: while a job runs, Spring Batch's {@link JobExecutionShutdownHook}
 * is registered; it asks the job to stop, every file step stops after its current chunk (Batch
 * checks {@code StepExecution.isTerminateOnly()} between chunks) and the run ends STOPPED,
 * restartable with {@code run --resume} inside the file where it stopped. The hook then waits
 * until the run service has recorded the outcome, so the process never exits half-way through its
 * bookkeeping. (Boot's own shutdown hook is off for the same reason, see {@code StoreOptions}.)
 */
@Component
class StopOnShutdown implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StopOnShutdown.class);

	/** How long the process waits for the run to stop and record itself before it exits anyway. */
	private static final long MAX_WAIT_SECONDS = 60;

	private final JobOperator operator;

	private volatile Thread hook;

	private volatile CountDownLatch recorded;

	StopOnShutdown(@Lazy JobOperator operator) {
		this.operator = operator;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.recorded = new CountDownLatch(1);
		this.hook = new WaitingHook(execution, this.operator, this.recorded);
		Runtime.getRuntime().addShutdownHook(this.hook);
	}

	/** The run service recorded the outcome of the run: the process may end now. */
	void runRecorded() {
		Thread registered = this.hook;
		this.hook = null;
		if (registered != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(registered);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook is running and waits for the latch below
			}
		}
		if (this.recorded != null) {
			this.recorded.countDown();
		}
	}

	/** Batch's hook, which only asks the job to stop, followed by the wait for the outcome. */
	private static final class WaitingHook extends JobExecutionShutdownHook {

		private final CountDownLatch recorded;

		WaitingHook(JobExecution execution, JobOperator operator, CountDownLatch recorded) {
			super(execution, operator);
			this.recorded = recorded;
		}

		@Override
		public void run() {
			log.warn("Stop requested: run stops after the current chunk or step; resume it with run --resume");
			try {
				super.run();
			}
			catch (RuntimeException ex) {
				log.debug("The job could not be asked to stop", ex);
			}
			try {
				this.recorded.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
