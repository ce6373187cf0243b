package org.annualstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annualstats.operate.NightlySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code schedule}: stays up and refreshes the statistics on the nightly schedule. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
		description = "Stay up and refresh the statistics on the schedule of jobs/schedule.properties "
				+ "(default nightly at 02:00 Asia/Shanghai): the current year, and the previous one in a window after New Year.",
		footer = { "", ExitCodes.HELP })
class ScheduleCommand implements Callable<Integer> {

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "Input root of the exports.")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Output root.")
	Path output;

	@Option(names = "--cron", paramLabel = "EXPR", converter = ArgumentConverters.Cron.class,
			description = "Override the cron expression, e.g. '0 30 1 * * *' (second minute hour day month weekday).")
	String cron;

	@Option(names = "--year", paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "Refresh these years instead of the current one (repeatable).")
	List<Integer> years = List.of();

	@Option(names = "--max-firings", paramLabel = "N", defaultValue = "0",
			description = "Stop after N firings (default 0: run until stopped).")
	int maxFirings;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		ArgumentErrors.requireFolder(this.spec, "--input", this.input);
		try (ConfigurableApplicationContext context = this.store.start(Map.of())) {
			NightlySchedule schedule = context.getBean(NightlySchedule.class);
			schedule.run(schedule.plan(this.cron, this.years), this.input, this.output, this.maxFirings);
			return 0;
		}
	}

}
