package org.annualstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad arguments are refused before the application starts: exit code 2, one line on standard
 * error naming the option, the value and what is allowed, nothing on standard output, no store.
 */
class BadArgumentsTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			--year 1980                                  | --year 1980: not a year from 1990 to 2100
			--year 2101                                  | --year 2101: not a year from 1990 to 2100
			--year twenty                                | --year twenty: not a year from 1990 to 2100
			--as-of 2019-06-01                           | --as-of 2019-06-01: the cut-off date of 2020 lies from 2020-01-01 to 2021-12-31
			--as-of 2022-01-01                           | --as-of 2022-01-01: the cut-off date of 2020 lies from 2020-01-01 to 2021-12-31
			--as-of 2020-13-01                           | --as-of 2020-13-01: not a date; write YYYY-MM-DD, e.g. 2020-12-31
			--locale fr                                  | --locale fr: not a language of the workbook; use zh or en
			--inptu x                                    | unknown option --inptu; did you mean --input?
			--yaer=2020                                  | unknown option --yaer; did you mean --year?
			--frobnicate                                 | unknown option --frobnicate
			""")
	void runRefusesInOneLine(String arguments, String expected) throws Exception {
		List<String> args = new ArrayList<>(List.of("run", "--year", "2020", "--input", input().toString(),
				"--output", this.work.resolve("out").toString()));
		args.addAll(List.of(arguments.split(" ")));

		assertRefused(args, expected + " (see 'annual-stats run --help')");
	}

	@Test
	void aPasswordFileThatDoesNotExistOrIsEmptyIsRefused() throws Exception {
		List<String> run = List.of("run", "--year", "2020", "--input", input().toString(), "--output",
				this.work.resolve("out").toString(), "--db-password-file");
		Path missing = this.work.resolve("no-such-password");
		assertRefused(plus(run, missing.toString()),
				"--db-password-file " + missing + ": no such file (see 'annual-stats run --help')");
		Path empty = Files.writeString(this.work.resolve("empty-password"), "\n");
		assertRefused(plus(run, empty.toString()), "--db-password-file " + empty
				+ ": the file is empty; its first line must be the password (see 'annual-stats run --help')");
	}

	/** With no terminal to type it on, a password to ask for cannot be had: the file is the way. */
	@Test
	void aPasswordToAskForWithoutATerminalIsRefused() throws Exception {
		String refusal = "--db-password: no terminal to type the password on; put it in a file and give "
				+ "--db-password-file FILE, or set STATS_DB_PASSWORD (see 'annual-stats run --help')";
		List<String> run = List.of("run", "--year", "2020", "--input", input().toString(), "--output",
				this.work.resolve("out").toString());
		// followed by the store options, not by a value
		assertRefused(plus(run, "--db-password"), refusal);
	}

	private static List<String> plus(List<String> arguments, String last) {
		List<String> all = new ArrayList<>(arguments);
		all.add(last);
		return all;
	}

	@Test
	void anInputRootThatDoesNotExistIsRefused() {
		Path missing = this.work.resolve("no-such-input");
		assertRefused(List.of("run", "--year", "2020", "--input", missing.toString(), "--output", "out"),
				"--input " + missing + ": no such folder (see 'annual-stats run --help')");
		assertRefused(List.of("schedule", "--input", missing.toString(), "--output", "out"),
				"--input " + missing + ": no such folder (see 'annual-stats schedule --help')");
	}

	@Test
	void aCronExpressionIsCheckedBeforeTheScheduleStarts() throws Exception {
		String input = input().toString();
		assertRefused(List.of("schedule", "--input", input, "--output", "out", "--cron", "0 61 * * * *"),
				"--cron 0 61 * * * *: not a cron expression: write six fields, second minute hour day month "
						+ "weekday, e.g. '0 30 1 * * *' (see 'annual-stats schedule --help')");
		assertRefused(List.of("schedule", "--input", input, "--output", "out", "--cron", "30 1 * * *"),
				"--cron 30 1 * * *: not a cron expression: write six fields, second minute hour day month "
						+ "weekday, e.g. '0 30 1 * * *' (see 'annual-stats schedule --help')");
	}

	@Test
	void anInputRootWithoutTheYearIsRefused() throws Exception {
		Path input = input();
		assertRefused(List.of("run", "--year", "2021", "--input", input.toString(), "--output", "out"),
				"--input " + input + ": holds no folder 2021 (expected " + input.resolve("2021")
						+ "/<case|review|permit|commitment>/) (see 'annual-stats run --help')");
	}

	@Test
	void missingOptionsAndCommandsAreNamed() {
		assertRefused(List.of("run", "--year", "2020"),
				"missing --input DIR, --output DIR (see 'annual-stats run --help')");
		assertRefused(List.of("runn", "--year", "2020"),
				"unknown command runn; did you mean run? (see 'annual-stats --help')");
		assertRefused(List.of(), "missing command: run, schedule, history, diff or generate (see 'annual-stats --help')");
		assertRefused(List.of("history", "--year", "3000"),
				"--year 3000: not a year from 1990 to 2100 (see 'annual-stats history --help')");
	}

	private Path input() throws Exception {
		return Files.createDirectories(this.work.resolve("input/2020")).getParent();
	}

	private void assertRefused(List<String> arguments, String line) {
		Path dataDir = this.work.resolve("data");
		Printed printed = arguments.isEmpty() ? Cli.print()
				: Cli.print(TestStore.h2(dataDir), arguments.toArray(String[]::new));

		assertThat(printed.exit()).as(printed.err()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(printed.err()).isEqualTo(line + System.lineSeparator());
		assertThat(printed.out()).isEmpty();
		// refused before the application started: no store, no log
		assertThat(dataDir).doesNotExist();
	}

}
