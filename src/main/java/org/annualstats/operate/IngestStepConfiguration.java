package org.annualstats.operate;

import java.time.Duration;
import java.time.LocalDateTime;

import org.annualstats.ingest.FileRow;
import org.annualstats.ingest.ParsedRecord;
import org.annualstats.ingest.SourceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: partitioned by export file, each file a chunk-oriented step (rows → validation →
 * staging) run on as many threads as the machine has cores, or {@code annualstats.ingest.threads},
 * the largest files first.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	static final String INGEST_STEP = "ingest";

	static final String FILE_STEP = "ingest-file";

	private static final Logger log = LoggerFactory.getLogger(IngestStepConfiguration.class);

	/**
	 * Partitions run on local threads, or on worker processes when this process manages a remote
	 * run ({@link RemotePartitioningConfiguration}).
	 */
	@Bean
	Step ingestStep(JobRepository repository, Step ingestFileStep, Partitioner exportFilePartitioner,
			RunSteps steps, ObjectProvider<RemoteFilePartitions> remote,
			@Value("${annualstats.ingest.threads:0}") int threads) {
		int workers = (threads > 0) ? threads : Runtime.getRuntime().availableProcessors();
		PartitionStepBuilder step = new StepBuilder(INGEST_STEP, repository)
			.partitioner(FILE_STEP, exportFilePartitioner)
			.gridSize(workers)
			.listener(stagingListener(steps));
		RemoteFilePartitions remotePartitions = remote.getIfAvailable();
		if (remotePartitions != null) {
			return step.partitionHandler(remotePartitions).build();
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
		executor.setConcurrencyLimit(workers);
		return step.partitionHandler(new LargestFilesFirst(ingestFileStep, executor, workers)).build();
	}

	@Bean
	Step ingestFileStep(JobRepository repository, PlatformTransactionManager transactionManager,
			FileIngestion fileIngestion, @Value("${annualstats.ingest.chunk-size:5000}") int chunkSize) {
		return new StepBuilder(FILE_STEP, repository).<FileRow, ParsedRecord>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(fileIngestion)
			.processor(fileIngestion)
			.writer(fileIngestion)
			.listener((StepExecutionListener) fileIngestion)
			.build();
	}

	@Bean
	@StepScope
	ExportFilePartitioner exportFilePartitioner(SourceCatalog sources,
			@Value("#{stepExecution}") StepExecution step) {
		return new ExportFilePartitioner(sources, RunParameters.of(step.getJobExecution().getJobParameters()));
	}

	/** Staging is prepared before the files are read, and its statistics refreshed once they are. */
	private static StepExecutionListener stagingListener(RunSteps steps) {
		return new StepExecutionListener() {

			@Override
			public void beforeStep(StepExecution step) {
				steps.prepareIngest(RunParameters.of(step.getJobExecution().getJobParameters()));
			}

			@Override
			public ExitStatus afterStep(StepExecution step) {
				boolean completed = step.getStatus() == BatchStatus.COMPLETED;
				steps.ingestEnded(RunParameters.of(step.getJobExecution().getJobParameters()), completed);
				if (completed) {
					log.info("  step {} done in {} s", INGEST_STEP, String.format("%.1f",
							Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis() / 1e3));
				}
				return null;
			}

		};
	}

}
