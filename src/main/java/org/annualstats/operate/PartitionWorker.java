package org.annualstats.operate;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * Runs the file partitions a worker process takes from the broker, through Batch's
 * {@link StepExecutionRequestHandler}. A request that comes back from the broker for a partition
 * already started means the worker that held it died: that partition is marked FAILED, not run
 * again here, so the run fails and {@code run --resume} redoes exactly that partition.
 */
class PartitionWorker {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	static final String DIED = "the worker running this partition ended before it finished (killed or lost)";

	private final StepExecutionRequestHandler handler;

	private final JobRepository repository;

	PartitionWorker(StepExecutionRequestHandler handler, JobRepository repository) {
		this.handler = handler;
		this.repository = repository;
	}

	void take(StepExecutionRequest request, boolean redelivered) {
		StepExecution partition = this.repository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			log.warn("Partition {} is not in the store: a request of another store? ignored", request);
			return;
		}
		if (redelivered && partition.getStatus() == BatchStatus.STARTED) {
			log.warn("{}: {}; marked FAILED", partition.getStepName(), DIED);
			partition.setStatus(BatchStatus.FAILED);
			partition.setExitStatus(ExitStatus.FAILED.addExitDescription(DIED));
			partition.setEndTime(LocalDateTime.now());
			this.repository.update(partition);
			return;
		}
		if (partition.getStatus() != BatchStatus.STARTING) {
			// a partition that ended already: a duplicate delivery
			return;
		}
		log.info("{}: taken", partition.getStepName());
		StepExecution done = this.handler.handle(request);
		log.info("{}: {}", done.getStepName(), done.getStatus());
	}

}
