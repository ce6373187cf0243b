package org.annualstats.cli;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store that cannot be opened is one line on standard error, as the operator's terminal shows
 * it: the URL without the password, what the database said, what to check; the stack trace goes
 * to the log only.
 */
class StoreUnavailableFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aPortWithoutDatabaseIsOneLine() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		String url = "jdbc:postgresql://127.0.0.1:" + port + "/stats";

		Printed printed = history("--db-url", url, "--db-user", "stats", "--db-password-file", passwordFile());

		assertOneLine(printed, "FAILED: cannot open the store " + url + " as user stats: Connection to 127.0.0.1:"
				+ port + " refused; check that the database server runs and that host and port in the URL are right");
	}

	/** A password on the command line is in every user's process list: it works, with a warning. */
	@Test
	void aPasswordOnTheCommandLineIsWarnedAbout() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Printed printed = history("--db-url", "jdbc:postgresql://127.0.0.1:" + port + "/stats", "--db-user", "stats",
				"--db-password", "s3cret");
		assertThat(printed.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(printed.err().lines()).first()
			.isEqualTo("WARNING: --db-password can be read by other users in the process list; "
					+ "use --db-password-file or STATS_DB_PASSWORD");
	}

	/** The password as an operator keeps it: the first line of a file, here with spaces around it. */
	private String passwordFile() throws Exception {
		return Files.writeString(this.work.resolve("password"), "  s3cret  \nnot the password\n").toString();
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void anUnknownUserIsOneLine() throws Exception {
		String url = System.getenv(TestStore.POSTGRES_URL_VARIABLE).replaceFirst("/?$", "/postgres");

		Printed printed = history("--db-url", url, "--db-user", "nosuchuser", "--db-password-file", passwordFile());

		assertOneLine(printed, "FAILED: cannot open the store " + url + " as user nosuchuser: FATAL: role \"nosuchuser\" "
				+ "does not exist; check the user and password (--db-user, --db-password or STATS_DB_USER, "
				+ "STATS_DB_PASSWORD)");
	}

	private Printed history(String... store) throws Exception {
		String[] arguments = new String[store.length + 3];
		arguments[0] = "history";
		System.arraycopy(store, 0, arguments, 1, store.length);
		arguments[store.length + 1] = "--data-dir";
		arguments[store.length + 2] = this.work.resolve("data").toString();
		return ChildProcess.run(this.work, arguments);
	}

	private void assertOneLine(Printed printed, String line) throws Exception {
		assertThat(printed.exit()).as(printed.err()).isEqualTo(ExitCode.FAILED.code());
		assertThat(printed.err()).isEqualTo(line + System.lineSeparator()).doesNotContain("s3cret");
		assertThat(printed.out()).isEmpty();
		assertThat(Files.readString(this.work.resolve("data/logs/annual-stats.log"))).contains("\tat ")
			.doesNotContain("s3cret");
	}

}
