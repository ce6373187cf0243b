package org.annualstats.operate;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of one run. The job has no incrementer (Spring Batch 6 would ignore these
 * parameters, see ENGINEERING-NOTES): {@code year} and {@code runId} identify the job instance, so
 * every request is a new instance and a failed one can be restarted as it was.
 */
record RunParameters(String runId, int year, Path inputRoot, Path outputRoot, LocalDate asOf, String trigger,
		boolean publish, boolean allowReconciliationErrors) {

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addString("runId", this.runId)
			.addLong("year", (long) this.year)
			.addString("inputRoot", this.inputRoot.toString(), false)
			.addString("outputRoot", this.outputRoot.toString(), false)
			.addLocalDate("asOf", this.asOf, false)
			.addString("trigger", this.trigger, false)
			.addString("publish", String.valueOf(this.publish), false)
			.addString("allowReconciliationErrors", String.valueOf(this.allowReconciliationErrors), false)
			.toJobParameters();
	}

	static RunParameters of(JobParameters parameters) {
		return new RunParameters(parameters.getString("runId"), parameters.getLong("year").intValue(),
				Path.of(parameters.getString("inputRoot")), Path.of(parameters.getString("outputRoot")),
				parameters.getLocalDate("asOf"), parameters.getString("trigger"),
				Boolean.parseBoolean(parameters.getString("publish")),
				Boolean.parseBoolean(parameters.getString("allowReconciliationErrors")));
	}

}
