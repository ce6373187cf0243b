package org.annualstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --data-dir} holds the embedded store and the logs, whatever the store: nothing is written
 * to the working directory's {@code ./data}. Commands run in a process of their own, in a working
 * directory of their own.
 */
class DataDirFunctionalTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aCommandWithItsDataDirElsewhereLeavesTheWorkingDirectoryAlone(Function<Path, TestStore> stores)
			throws Exception {
		Path elsewhere = this.work.resolve("elsewhere");
		Path workingDirectory = Files.createDirectories(this.work.resolve("cwd"));
		try (TestStore store = stores.apply(elsewhere)) {
			List<String> arguments = new ArrayList<>(resumeOfAYearNeverRun());
			arguments.addAll(store.options());

			Printed printed = ChildProcess.run(workingDirectory, arguments.toArray(String[]::new));

			assertThat(printed.err()).startsWith("FAILED: nothing to resume");
		}
		assertThat(workingDirectory.resolve("data")).doesNotExist();
		assertThat(elsewhere.resolve("logs/annual-stats.log")).exists();
	}

	@Test
	void aRelativeDataDirIsTheFolderOfThatName() throws Exception {
		List<String> arguments = new ArrayList<>(resumeOfAYearNeverRun());
		arguments.addAll(List.of("--data-dir", "data"));

		Printed printed = ChildProcess.run(this.work, arguments.toArray(String[]::new));

		assertThat(printed.err()).startsWith("FAILED: nothing to resume");
		assertThat(this.work.resolve("data/annual-stats.mv.db")).exists();
		assertThat(this.work.resolve("data/logs/annual-stats.log")).exists();
	}

	@Test
	void historyOfAFolderWithoutStoreCreatesNone() throws Exception {
		Path typo = this.work.resolve("typo");

		Printed printed = ChildProcess.run(this.work, "history", "--data-dir", typo.toString());

		assertThat(printed.exit()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(printed.err()).isEqualTo("--data-dir " + typo + ": holds no store (annual-stats.mv.db); name the "
				+ "folder of the runs, or their database with --db-url (see 'annual-stats history --help')"
				+ System.lineSeparator());
		assertThat(typo).doesNotExist();
	}

	@Test
	void commandsThatReadRunsRefuseAFolderWithoutStore() {
		Path typo = this.work.resolve("typo");
		for (String[] command : new String[][] { { "explain", "--year", "2020", "--metric", "commitment.cases" },
				{ "editions", "--year", "2020" },
				{ "release", "--year", "2020", "--output", this.work.resolve("out").toString(), "--by", "张三" } }) {
			List<String> arguments = new ArrayList<>(List.of(command));
			arguments.addAll(List.of("--data-dir", typo.toString()));
			Printed printed = Cli.print(arguments.toArray(String[]::new));
			assertThat(printed.exit()).as(command[0]).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
			assertThat(printed.err()).as(command[0]).startsWith("--data-dir " + typo + ": holds no store");
		}
		assertThat(typo).doesNotExist();
	}

	/** A command that opens the store and logs, and ends at once: it finds nothing to resume. */
	private List<String> resumeOfAYearNeverRun() {
		return List.of("run", "--year", "2020", "--input", this.work.resolve("input").toString(), "--output",
				this.work.resolve("out").toString(), "--resume");
	}

}
