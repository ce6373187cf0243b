package org.annualstats.cli;

import org.annualstats.operate.ExitCode;
import org.springframework.dao.DataAccessResourceFailureException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code annual-stats <command>}. */
@Command(name = "annual-stats", mixinStandardHelpOptions = true, version = "annual-stats 0.1",
		description = "Yearly statistics of the Human Resources and Social Security Bureau: ingests the exports "
				+ "of four systems, reconciles them and publishes the statistical appendix.",
		subcommands = { RunCommand.class, ScheduleCommand.class, HistoryCommand.class, DiffCommand.class,
				ReleaseCommand.class, EditionsCommand.class, VerifyCommand.class, ExplainCommand.class,
				GenerateCommand.class, ServeCommand.class, UserCommand.class, WorkerCommand.class },
		footer = { "", ExitCodes.HELP })
public class AnnualStatsCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"missing command: run, schedule, history, diff or generate");
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.exit(execute(args));
	}

	/** Runs the command line and returns the process exit code. */
	public static int execute(String... args) {
		return commandLine().execute(args);
	}

	/** The command line as the process runs it: bad arguments and failures each reported in one line. */
	public static CommandLine commandLine() {
		return new CommandLine(new AnnualStatsCommand()).setParameterExceptionHandler(new ArgumentErrors())
			.setExecutionExceptionHandler((ex, command, parsed) -> {
				command.getErr().println("FAILED: " + oneLine(ex));
				return ExitCode.FAILED.code();
			});
	}

	/** The deepest cause's message: what went wrong, without a stack trace. */
	static String oneLine(Throwable ex) {
		if (ex instanceof StoreUnavailableException) {
			return ex.getMessage();
		}
		if (ex instanceof DataAccessResourceFailureException) {
			return "the store is unreachable (" + ex.getClass().getSimpleName() + "); nothing was published. Run the "
					+ "same command again when the database is back, with --resume to continue where the run stopped";
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return ((root == ex) ? message : ex.getClass().getSimpleName() + ": " + message).replaceAll("\\s+", " ").trim();
	}

}
