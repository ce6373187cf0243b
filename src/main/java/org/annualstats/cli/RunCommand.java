package org.annualstats.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.annualstats.operate.ExitCode;
import org.annualstats.operate.ResumeCommand;
import org.annualstats.operate.RunRequest;
import org.annualstats.operate.RunResult;
import org.annualstats.operate.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code run}: computes one statistical year and publishes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Ingest, reconcile and aggregate one statistical year and publish its outputs into <output>/<year>/.",
		footer = { "", ExitCodes.HELP })
class RunCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year, e.g. 2020 (1990 to 2100).")
	int year;

	@Option(names = "--input", required = true, paramLabel = "DIR",
			description = "Input root holding <year>/<source>/ export folders (and optionally reference/).")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "DIR",
			description = "Output root; the year's outputs go to <output>/<year>/.")
	Path output;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = ArgumentConverters.Date.class,
			description = "Statistical cut-off date (统计截止日), from 1 January of the year to 31 December of the next; "
					+ "default 31 December of the year.")
	LocalDate asOf;

	@Option(names = "--allow-reconciliation-errors",
			description = "Publish even when reconciliation finds errors; the cover then says the data did not reconcile.")
	boolean allowReconciliationErrors;

	@Option(names = "--resume",
			description = "Resume the year's last unfinished run (failed, stopped or killed) from the step where it ended.")
	boolean resume;

	@Option(names = "--wait", description = "Wait while another process runs the same year instead of giving up (exit 4).")
	boolean waitForLock;

	@Option(names = "--locale", paramLabel = "zh|en", defaultValue = "zh", converter = ArgumentConverters.Language.class,
			description = "Language of the workbook: zh (default) or en.")
	String locale;

	@Option(names = "--remote",
			description = "Ingest the export files on worker processes (annual-stats worker) that take them from --broker; "
					+ "needs the PostgreSQL store.")
	boolean remote;

	@Mixin
	BrokerOptions broker;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		checkArguments();
		PrintWriter out = this.spec.commandLine().getOut();
		Map<String, Object> properties = new HashMap<>();
		if (this.remote) {
			properties.putAll(this.broker.properties("manager", "--remote"));
		}
		properties.put("annualstats.locale", this.locale);
		try (ConfigurableApplicationContext context = this.store.start(properties)) {
			if (this.remote) {
				this.broker.requireSharedStore(context, "--remote");
			}
			RunResult result = context.getBean(RunService.class)
				.run(new RunRequest(this.year, this.input, this.output, this.asOf, "manual",
						this.allowReconciliationErrors, this.resume, this.waitForLock));
			if (result.exitCode() == ExitCode.BAD_ARGUMENTS) {
				// refused once the store was open (a resume naming other folders than its run's): one line as well
				this.spec.commandLine().getErr().println(result.message() + " (see '" + this.spec.qualifiedName()
						+ " --help')");
				return result.exitCode().code();
			}
			// a run that did not publish says so on standard error, where schedulers and cron look
			PrintWriter channel = result.isPublished() ? out : this.spec.commandLine().getErr();
			channel.println(summary(result));
			channel.flush();
			return result.exitCode().code();
		}
	}

	/** What picocli cannot check alone, before anything starts: the cut-off date against the year, the input. */
	private void checkArguments() {
		LocalDate first = LocalDate.of(this.year, 1, 1);
		LocalDate last = LocalDate.of(this.year + 1, 12, 31);
		if (this.asOf != null && (this.asOf.isBefore(first) || this.asOf.isAfter(last))) {
			throw ArgumentErrors.invalid(this.spec, "--as-of", this.asOf,
					"the cut-off date of " + this.year + " lies from " + first + " to " + last);
		}
		// a resumed run reads the input root it started with
		if (!this.resume) {
			ArgumentErrors.requireFolder(this.spec, "--input", this.input);
			Path yearFolder = this.input.resolve(String.valueOf(this.year));
			if (!Files.isDirectory(yearFolder)) {
				throw ArgumentErrors.invalid(this.spec, "--input", this.input, "holds no folder " + this.year
						+ " (expected " + yearFolder + "/<case|review|permit|commitment>/)");
			}
		}
	}

	/**
	 * The command line that resumes a run of {@code year}, to paste as it is: the run's folders and
	 * the store of this command.
	 */
	static String resumeLine(CommandSpec command, int year, String input, String output, StoreOptions store) {
		return ResumeCommand.line(command.root().qualifiedName(), year, input, output, ResumeCommand.quoted(store.arguments()));
	}

	/** The closing summary: the run's status first, then what an operator needs next. */
	private String summary(RunResult result) {
		String findings = result.findingsByCheck().isEmpty() ? "none"
				: result.findingsByCheck()
					.entrySet()
					.stream()
					.map((Map.Entry<String, Long> e) -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", "));
		String counts = String.format("%,d rows read, %,d accepted, %,d rejected; findings: %s; %.1f s",
				result.rowsRead(), result.rowsAccepted(), result.rowsRejected(), findings,
				result.duration().toMillis() / 1000.0);
		if (result.isPublished()) {
			// a previous year's run resumed on its own stores figures and publishes nothing
			String where = (result.published() != null) ? " " + result.published() : "";
			String what = (result.message() != null) ? "; " + result.message() : "";
			return result.status() + where + " (run " + result.runId() + "): " + counts + what;
		}
		if (result.runId() == null) {
			return result.status() + ": " + result.message();
		}
		return result.status() + ": " + result.message() + System.lineSeparator() + "  run " + result.runId() + ": "
				+ counts + System.lineSeparator() + "  resume: " + resumeLine(this.spec, this.year,
						this.input.toString(), this.output.toString(), this.store);
	}

}
