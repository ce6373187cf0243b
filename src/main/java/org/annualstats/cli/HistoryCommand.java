package org.annualstats.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code history}: the runs in the store, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
		description = "List the runs in the store, newest first: id, year, trigger, status (RUNNING, PUBLISHED, FAILED, "
				+ "STOPPED, DIED), start, duration, rows, findings; under a run its reason in short and, when "
				+ "resumable, the command line that resumes it.",
		footer = { "", ExitCodes.HELP })
class HistoryCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int REASON_LENGTH = 100;

	@Option(names = "--year", paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "Only the runs of this statistical year.")
	Integer year;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = this.store.openReadOnly()) {
			String format = "%-27s %-4s  %-8s  %-9s  %-19s  %9s  %10s  %8s%n";
			out.printf(format, "RUN", "YEAR", "TRIGGER", "STATUS", "STARTED", "DURATION", "ROWS", "FINDINGS");
			for (RunHistoryEntry run : context.getBean(RunHistory.class).runs(this.year)) {
				out.printf(format, run.runId(), run.year(), run.trigger(), run.status(), TIME.format(run.startedAt()),
						(run.duration() != null) ? String.format("%.1f s", run.duration().toMillis() / 1000.0) : "-",
						String.format("%,d", run.rowsRead()), String.format("%,d", run.findings()));
				if (run.message() != null) {
					out.printf("    %s%n", shortened(run.message()));
				}
				if (run.resumable()) {
					out.printf("    resume: %s%n", RunCommand.resumeLine(this.spec, run.year(), run.inputRoot(),
							run.outputRoot(), this.store));
				}
			}
			out.flush();
			return 0;
		}
	}

	/** A reason in one line a table can hold; the store and the log keep it whole. */
	private static String shortened(String message) {
		String line = message.replaceAll("\\s+", " ").trim();
		if (line.length() <= REASON_LENGTH) {
			return line;
		}
		int space = line.lastIndexOf(' ', REASON_LENGTH);
		return line.substring(0, (space > REASON_LENGTH / 2) ? space : REASON_LENGTH) + " …";
	}

}
