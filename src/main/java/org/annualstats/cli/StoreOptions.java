package org.annualstats.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Stack;

import org.annualstats.AnnualStatsApplication;
import org.annualstats.operate.ResumeCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Options every command takes to find the store: the embedded one's folder or a database URL. */
class StoreOptions {

	/** The folder and file of the embedded store when none is named, as {@code application.yml} has them. */
	private static final Path DEFAULT_DATA_DIR = Path.of("./data");

	private static final String EMBEDDED_STORE_FILE = "annual-stats.mv.db";

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Folder of the embedded store and of the logs (default: ./data); with a database URL, "
					+ "of the logs only.")
	Path dataDir;

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "Database URL, e.g. jdbc:postgresql://127.0.0.1:5432/stats (default: $STATS_DB_URL, else the embedded store).")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $STATS_DB_USER).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
			prompt = "Database password: ", preprocessor = PasswordOnTheCommandLine.class,
			description = "Database password (default: $STATS_DB_PASSWORD); without a value it is asked for on the "
					+ "terminal and not shown. A value given here can be read by other users in the process list.")
	String dbPassword;

	/** Whether {@code --db-password} came with its value, which the process list shows, or was asked for. */
	boolean dbPasswordOnCommandLine;

	@Option(names = "--db-password-file", paramLabel = "FILE",
			description = "File whose first line is the database password (surrounding spaces trimmed).")
	Path dbPasswordFile;

	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	/**
	 * Opens the store for a command that works on runs already recorded (release): an embedded store that is not there is refused, where opening it would
	 * create an empty one (a mistyped {@code --data-dir}).
	 */
	ConfigurableApplicationContext openExisting() {
		requireExistingStore();
		return start(Map.of());
	}

	/**
	 * Opens the store for a command that only reads it (history, diff, explain, editions) and
	 * starts fast: beans are made when the command first needs them, so the job, its steps and the
	 * checks of the definitions against the tables are not, and the schema's migrations are not
	 * checksummed again (missing ones are still applied).
	 */
	ConfigurableApplicationContext openReadOnly() {
		requireExistingStore();
		return start(Map.of("spring.main.lazy-initialization", "true", "spring.flyway.validate-on-migrate", "false"));
	}

	private void requireExistingStore() {
		if (databaseNamed()) {
			return;
		}
		Path folder = (this.dataDir != null) ? this.dataDir : DEFAULT_DATA_DIR;
		if (!Files.isRegularFile(folder.resolve(EMBEDDED_STORE_FILE))) {
			throw ArgumentErrors.invalid(this.command, "--data-dir", folder, "holds no store (" + EMBEDDED_STORE_FILE
					+ "); name the folder of the runs, or their database with --db-url");
		}
	}

	/** These options as given, to repeat them in a command line for the operator; never the password. */
	List<String> arguments() {
		List<String> arguments = new ArrayList<>();
		if (this.dataDir != null) {
			arguments.addAll(List.of("--data-dir", this.dataDir.toString()));
		}
		if (this.dbUrl != null) {
			arguments.addAll(List.of("--db-url", this.dbUrl));
		}
		if (this.dbUser != null) {
			arguments.addAll(List.of("--db-user", this.dbUser));
		}
		return arguments;
	}

	private boolean databaseNamed() {
		return this.dbUrl != null || System.getenv("STATS_DB_URL") != null
				|| System.getProperty("spring.datasource.url") != null
				|| System.getenv("SPRING_DATASOURCE_URL") != null;
	}

	/** The password of the options: read from its file, or given on the command line with a warning. */
	private String password() {
		if (this.dbPasswordFile == null) {
			if (this.dbPasswordOnCommandLine) {
				this.command.commandLine()
					.getErr()
					.println("WARNING: --db-password can be read by other users in the process list; "
							+ "use --db-password-file or STATS_DB_PASSWORD");
			}
			return this.dbPassword;
		}
		if (this.dbPassword != null) {
			throw ArgumentErrors.invalid(this.command, "--db-password-file", this.dbPasswordFile,
					"give either --db-password or --db-password-file, not both");
		}
		if (!Files.isRegularFile(this.dbPasswordFile) || !Files.isReadable(this.dbPasswordFile)) {
			throw ArgumentErrors.invalid(this.command, "--db-password-file", this.dbPasswordFile,
					Files.exists(this.dbPasswordFile) ? "not a readable file" : "no such file");
		}
		try (BufferedReader reader = Files.newBufferedReader(this.dbPasswordFile, StandardCharsets.UTF_8)) {
			String line = reader.readLine();
			if (line == null || line.isBlank()) {
				throw ArgumentErrors.invalid(this.command, "--db-password-file", this.dbPasswordFile,
						"the file is empty; its first line must be the password");
			}
			return line.strip();
		}
		catch (IOException ex) {
			throw ArgumentErrors.invalid(this.command, "--db-password-file", this.dbPasswordFile,
					"cannot be read (" + ex.getMessage() + ")");
		}
	}

	/**
	 * Notes whether {@code --db-password} has its value on the command line. Without one, picocli asks
	 * for it on the console, or, when there is none, would read a line of standard input and show
	 * it: with no terminal to type on, the option is refused instead.
	 */
	static final class PasswordOnTheCommandLine implements IParameterPreprocessor {

		@Override
		public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
			boolean given = !args.isEmpty() && isValue(args.peek(), command);
			if (!given && System.console() == null) {
				throw new ParameterException(command.commandLine(), "--db-password: no terminal to type the password "
						+ "on; put it in a file and give --db-password-file FILE, or set STATS_DB_PASSWORD", option, null);
			}
			command.mixins()
				.values()
				.stream()
				.map(CommandSpec::userObject)
				.filter(StoreOptions.class::isInstance)
				.forEach((store) -> ((StoreOptions) store).dbPasswordOnCommandLine = given);
			return false;
		}

		/** As picocli decides whether an optional value follows: anything but an option, a command or {@code --}. */
		private static boolean isValue(String next, CommandSpec command) {
			return !next.equals("--") && !command.optionsMap().containsKey(next.split("=", 2)[0])
					&& !command.subcommands().containsKey(next);
		}

	}

	/**
	 * Starts the application on the chosen store, with further properties of the command.
	 *
	 * @throws StoreUnavailableException when the store cannot be opened
	 */
	ConfigurableApplicationContext start(Map<String, Object> commandProperties) {
		Map<String, Object> properties = new HashMap<>(commandProperties);
		// alerts repeat them in the command line that resumes a run
		properties.put("annualstats.store-arguments", ResumeCommand.quoted(arguments()));
		if (this.dataDir != null) {
			// absolute: H2 refuses a path relative to the working directory unless it starts with ./
			properties.put("annualstats.data-dir", this.dataDir.toAbsolutePath().toString());
		}
		if (this.dbUrl != null) {
			properties.put("spring.datasource.url", this.dbUrl);
		}
		if (this.dbUser != null) {
			properties.put("spring.datasource.username", this.dbUser);
		}
		String password = password();
		if (password != null) {
			properties.put("spring.datasource.password", password);
		}
		// as command-line arguments, so they win over application.yml (default properties would not)
		String[] arguments = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		EnvironmentOfTheStart environment = new EnvironmentOfTheStart();
		try {
			// no Spring shutdown hook: on SIGTERM the run stops gracefully and closes the context itself
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnualStatsApplication.class)
				.logStartupInfo(false)
				.registerShutdownHook(false)
				.listeners(environment)
				.run(arguments);
			try {
				// a lazy context opens (and migrates) the store here as well, so it fails in one line too
				context.getBean(NamedParameterJdbcTemplate.class);
				return context;
			}
			catch (RuntimeException ex) {
				// the stack goes to the log only, where Spring Boot puts that of a failed start, while it is open
				LoggerFactory.getLogger(SpringApplication.class).error("The store could not be opened", ex);
				context.close();
				throw ex;
			}
		}
		catch (RuntimeException ex) {
			throw StoreUnavailableException.ifStoreFailed(ex, environment.environment);
		}
	}

	/** Keeps the environment of the starting application: a failed start names the store it tried. */
	private static final class EnvironmentOfTheStart
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private Environment environment;

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			this.environment = event.getEnvironment();
		}

	}

}
