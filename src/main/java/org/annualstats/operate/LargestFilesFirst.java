package org.annualstats.operate;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.TaskExecutor;

/**
 * Runs the file partitions on local threads, the largest file first. Batch hands the partitions
 * over in no particular order; a large file started last would run alone on one core while the
 * others wait, so the step would take as long as the small files and the large one in a row.
 */
class LargestFilesFirst extends TaskExecutorPartitionHandler {

	LargestFilesFirst(Step fileStep, TaskExecutor executor, int gridSize) {
		setStep(fileStep);
		setTaskExecutor(executor);
		setGridSize(gridSize);
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
			throws Exception {
		Set<StepExecution> largestFirst = new LinkedHashSet<>();
		partitions.stream()
			.sorted(Comparator.comparingLong(
					(StepExecution partition) -> partition.getExecutionContext().getLong(FileIngestion.BYTES, 0))
				.reversed())
			.forEach(largestFirst::add);
		return super.doHandle(managerStepExecution, largestFirst);
	}

}
