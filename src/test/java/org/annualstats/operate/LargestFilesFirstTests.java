package org.annualstats.operate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/** The file partitions are handed to the threads in order of size, the largest first. */
class LargestFilesFirstTests {

	@Test
	void theLargestFileStartsFirstWhateverOrderBatchGivesThePartitions() throws Exception {
		JobExecution job = new JobExecution(1L, new JobInstance(1L, "annual-stats"), new JobParameters());
		Set<StepExecution> partitions = new HashSet<>();
		long id = 10;
		for (String name : List.of("case-00000:2000", "permit-00000:900000", "review-00000:30",
				"permit-00001:1200000", "commitment-00000:1")) {
			String[] parts = name.split(":");
			StepExecution partition = new StepExecution(id++, "ingest-file:" + parts[0], job);
			partition.getExecutionContext().putLong(FileIngestion.BYTES, Long.parseLong(parts[1]));
			partitions.add(partition);
		}
		// a partition made before sizes were recorded counts as empty
		StepExecution started = new StepExecution(id, "restarted-before-sizes", job);
		partitions.add(started);
		List<String> order = new CopyOnWriteArrayList<>();
		LargestFilesFirst handler = new LargestFilesFirst((step) -> order.add(step.getStepName()),
				new SyncTaskExecutor(), 2);

		handler.doHandle(new StepExecution(99L, "ingest", job), partitions);

		assertThat(order).containsExactly("ingest-file:permit-00001", "ingest-file:permit-00000",
				"ingest-file:case-00000", "ingest-file:review-00000", "ingest-file:commitment-00000",
				"restarted-before-sizes");
	}

}
