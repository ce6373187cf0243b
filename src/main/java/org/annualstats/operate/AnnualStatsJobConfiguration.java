package org.annualstats.operate;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The annual statistics job: reference data, one ingest step per source, reconciliation, metrics,
 * publication. Each step is restartable as a whole: a resumed run skips the steps that completed
 * and repeats the one that failed, which first clears what its failed attempt left.
 */
@Configuration(proxyBeanMethods = false)
class AnnualStatsJobConfiguration {

	static final String JOB_NAME = "annualStatsJob";

	private static final Logger log = LoggerFactory.getLogger(AnnualStatsJobConfiguration.class);

	@Bean
	Job annualStatsJob(JobRepository repository, RunSteps steps, SourceCatalog sources, GracefulStop gracefulStop) {
		SimpleJobBuilder job = new JobBuilder(JOB_NAME, repository).listener(gracefulStop)
			.start(step("reference", repository, (run, context) -> steps.loadReference(run, context)));
		for (SourceSpec source : sources.sources()) {
			job = job.next(step("ingest-" + source.id(), repository, (run, context) -> steps.ingest(run, source)));
		}
		return job.next(step("reconcile", repository, (run, context) -> steps.reconcile(run)))
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
			try {
				work.execute(RunParameters.of(jobExecution.getJobParameters()), jobExecution.getExecutionContext());
				log.info("  step {} done in {} s", name, String.format("%.1f", (System.nanoTime() - started) / 1e9));
			}
			catch (RunStoppedException ex) {
				// ends the step and the job STOPPED, which a resume restarts from this step
				throw new JobInterruptedException(ex.getMessage());
			}
			return RepeatStatus.FINISHED;
		}).build();
	}

}
