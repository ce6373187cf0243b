package org.annualstats.operate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The annual statistics job: reference data, the ingest of every export file (a partitioned step,
 * see {@link IngestStepConfiguration}), reconciliation, metrics, publication. A resumed run skips
 * the steps and files that completed, continues a file from its last committed chunk, and repeats
 * a set-based step that failed as a whole.
 */
@Configuration(proxyBeanMethods = false)
class AnnualStatsJobConfiguration {

	static final String JOB_NAME = "annualStatsJob";

	private static final Logger log = LoggerFactory.getLogger(AnnualStatsJobConfiguration.class);

	@Bean
	Job annualStatsJob(JobRepository repository, RunSteps steps, Step ingestStep, StopOnSignal stopOnSignal) {
		return new JobBuilder(JOB_NAME, repository).listener(stopOnSignal)
			.start(step("reference", repository, (run, context) -> steps.loadReference(run, context)))
			.next(ingestStep)
			.next(step("reconcile", repository, (run, context) -> steps.reconcile(run)))
			.next(step("metrics", repository, (run, context) -> steps.computeMetrics(run, context)))
			.next(step("publish", repository, (run, context) -> steps.publish(run, context)))
			.build();
	}

	/** What a step does, given the run's parameters and the job's execution context. */
	@FunctionalInterface
	interface RunStep {

		void execute(RunParameters run, org.springframework.batch.infrastructure.item.ExecutionContext jobContext);

	}

	private static Step step(String name, JobRepository repository, RunStep work) {
		return new StepBuilder(name, repository).tasklet((contribution, chunk) -> {
			var jobExecution = contribution.getStepExecution().getJobExecution();
			long started = System.nanoTime();
			work.execute(RunParameters.of(jobExecution.getJobParameters()), jobExecution.getExecutionContext());
			log.info("  step {} done in {} s", name, String.format("%.1f", (System.nanoTime() - started) / 1e9));
			return RepeatStatus.FINISHED;
		}).build();
	}

}
