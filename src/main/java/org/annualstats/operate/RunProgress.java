package org.annualstats.operate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/** How far a run has come: its steps as the job repository records them, for anyone watching it. */
@Service
public class RunProgress {

	private final JobRepository jobRepository;

	RunProgress(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * One step of a run.
	 *
	 * @param status as Spring Batch names it: STARTED while it runs, COMPLETED, FAILED, STOPPED
	 * @param duration {@code null} while it runs
	 */
	public record Step(String name, String status, LocalDateTime startedAt, Duration duration) {
	}

	/** The steps of a run in the order they started, of its last execution; empty before its job started. */
	public List<Step> steps(String runId, int year) {
		JobExecution execution = this.jobRepository.getLastJobExecution(AnnualStatsJobConfiguration.JOB_NAME,
				new JobParametersBuilder().addString("runId", runId).addLong("year", (long) year).toJobParameters());
		if (execution == null) {
			return List.of();
		}
		return execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.map((step) -> new Step(step.getStepName(), step.getStatus().name(), step.getStartTime(),
					(step.getEndTime() != null && step.getStartTime() != null)
							? Duration.between(step.getStartTime(), step.getEndTime()) : null))
			.toList();
	}

}
