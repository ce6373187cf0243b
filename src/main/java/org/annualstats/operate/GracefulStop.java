package org.annualstats.operate;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * SIGTERM stops a run gracefully: a shutdown hook, registered while a job runs, asks the job to
 * stop, and the ingest steps stop at the next row; the run ends STOPPED, restartable with
 * {@code run --resume}. The hook waits until the run service has recorded the outcome, so the
 * process never exits half-way through its bookkeeping. (Boot's own shutdown hook is off for the
 * same reason, see {@code StoreOptions}.)
 */
@Component
class GracefulStop implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

	/** How long the process waits for the run to stop and record itself before it exits anyway. */
	private static final long MAX_WAIT_SECONDS = 60;

	private final JobOperator operator;

	private volatile boolean stopRequested;

	private volatile Thread hook;

	private volatile CountDownLatch recorded;

	GracefulStop(@Lazy JobOperator operator) {
		this.operator = operator;
	}

	boolean stopRequested() {
		return this.stopRequested;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.recorded = new CountDownLatch(1);
		CountDownLatch done = this.recorded;
		this.hook = new Thread(() -> {
			log.warn("Stop requested: run stops after the current row or step; resume it with run --resume");
			this.stopRequested = true;
			try {
				this.operator.stop(execution);
			}
			catch (Exception ex) {
				log.debug("Job execution {} was not running", execution.getId(), ex);
			}
			try {
				done.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "graceful-stop");
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

}
