package org.annualstats.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.annualstats.console.ConsoleRole;
import org.annualstats.console.ConsoleUsers;
import org.annualstats.operate.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code user}: the users of the web console, kept in the store with hashed passwords. */
@Command(name = "user", mixinStandardHelpOptions = true,
		description = "Add, list or remove the users of the web console. Roles: VIEWER (read, download), "
				+ "ANALYST (also rerun a year), ADMIN (also release an edition, read the audit log).",
		subcommands = { UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Remove.class })
class UserCommand implements Runnable {

	/** Who changes users from the command line, for the audit log. */
	private static final String FROM = "command line";

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "missing command: add, list or remove");
	}

	private static String operator() {
		return System.getProperty("user.name", "unknown");
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a user; the password is read from the first line of standard input, so it never "
					+ "shows in the process list or the shell history.")
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "The user name: letters, digits, '.', '_' or '-'.")
		String name;

		@Option(names = "--role", required = true, paramLabel = "VIEWER|ANALYST|ADMIN",
				description = "What the user may do: ${COMPLETION-CANDIDATES}.")
		ConsoleRole role;

		@Option(names = "--password-stdin", required = true,
				description = "Read the password (at least 8 characters) from standard input.")
		boolean passwordStdin;

		@Mixin
		StoreOptions store;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() throws IOException {
			String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			try (ConfigurableApplicationContext context = this.store.start(Map.of())) {
				context.getBean(ConsoleUsers.class).add(this.name, this.role, password, operator(), FROM);
			}
			catch (IllegalArgumentException ex) {
				this.spec.commandLine().getErr().println("FAILED: " + ex.getMessage());
				return ExitCode.FAILED.code();
			}
			this.spec.commandLine().getOut().println("ADDED " + this.name + " (" + this.role + ")");
			return 0;
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
	static class ListUsers implements Callable<Integer> {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

		@Mixin
		StoreOptions store;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			PrintWriter out = this.spec.commandLine().getOut();
			try (ConfigurableApplicationContext context = this.store.openExisting()) {
				out.printf("%-30s %-8s %s%n", "USER", "ROLE", "ADDED");
				for (ConsoleUsers.ConsoleUser user : context.getBean(ConsoleUsers.class).list()) {
					out.printf("%-30s %-8s %s%n", user.name(), user.role(), TIME.format(user.createdAt()));
				}
			}
			out.flush();
			return 0;
		}

	}

	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
	static class Remove implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "The user name.")
		String name;

		@Mixin
		StoreOptions store;

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = this.store.openExisting()) {
				if (!context.getBean(ConsoleUsers.class).remove(this.name, operator(), FROM)) {
					this.spec.commandLine().getErr().println("FAILED: no user " + this.name);
					return ExitCode.FAILED.code();
				}
			}
			this.spec.commandLine().getOut().println("REMOVED " + this.name);
			return 0;
		}

	}

}
