package org.annualstats.operate;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.infrastructure.poller.DirectPoller;

/**
 * The manager's side of remote partitioning: before handing the file partitions to Batch's
 * {@link MessageChannelPartitionHandler} (which sends them and polls the job repository until each
 * has ended), it waits at most {@code workerTimeout} for a worker to listen on the queue, and
 * otherwise fails saying how to start one, instead of waiting for ever. A partition that failed on
 * a worker fails the step with the worker's reason.
 */
class RemoteFilePartitions implements PartitionHandler {

	private final MessageChannelPartitionHandler handler;

	private final RabbitAdmin admin;

	private final String queue;

	private final URI broker;

	private final Duration pollInterval;

	private final Duration workerTimeout;

	RemoteFilePartitions(MessageChannelPartitionHandler handler, RabbitAdmin admin, String queue, URI broker,
			Duration pollInterval, Duration workerTimeout) {
		this.handler = handler;
		this.admin = admin;
		this.queue = queue;
		this.broker = broker;
		this.pollInterval = pollInterval;
		this.workerTimeout = workerTimeout;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		awaitWorker(manager);
		Collection<StepExecution> partitions = this.handler.handle(splitter, manager);
		for (StepExecution partition : partitions) {
			if (partition.getStatus() == BatchStatus.FAILED) {
				throw new RemotePartitionException(partition.getStepName() + ": "
						+ reason(partition.getExitStatus().getExitDescription()));
			}
		}
		return partitions;
	}

	private void awaitWorker(StepExecution manager) throws Exception {
		try {
			new DirectPoller<QueueInformation>(this.pollInterval.toMillis()).poll(() -> {
				QueueInformation info = this.admin.getQueueInfo(this.queue);
				return (info != null && info.getConsumerCount() > 0) ? info : null;
			}).get(this.workerTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			String runId = manager.getJobExecution().getJobParameters().getString("runId");
			throw new RemotePartitionException("no worker took a file partition of run " + runId + " within "
					+ this.workerTimeout.toSeconds() + " s; start workers with: annual-stats worker --broker "
					+ withoutPassword(this.broker) + " --queue " + this.queue
					+ " and the same store options (--db-url …) and input root as this run");
		}
	}

	/** The worker's exception as its first line says it, or the cause it ends with. */
	static String reason(String exitDescription) {
		String reason = exitDescription.lines().findFirst().orElse("failed on a worker");
		for (String line : exitDescription.lines().toList()) {
			if (line.startsWith("Caused by: ")) {
				reason = line.substring("Caused by: ".length());
			}
		}
		int colon = reason.indexOf(": ");
		return (colon > 0 && reason.substring(0, colon).matches("[\\w.$]+")) ? reason.substring(colon + 2) : reason;
	}

	private static String withoutPassword(URI broker) {
		String user = broker.getUserInfo();
		return (user == null || !user.contains(":")) ? broker.toString()
				: broker.toString().replace(user + "@", user.substring(0, user.indexOf(':')) + ":…@");
	}

}
