package org.annualstats.operate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.annualstats.support.Cli;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code diff} says what differs between two runs besides figures, and shows members from the
 * exports inert: escaped on the console, prefixed in its CSV file.
 */
class DiffFunctionalTests {

	/** An item code a spreadsheet would run as a formula, with an escape sequence for the terminal. */
	private static final String HOSTILE_ITEM = "=HYPERLINK\u001b[2J";

	@TempDir
	Path work;

	@Test
	void theHeaderNamesCutOffLocaleInputFilesAndDefinitionsThatDiffer() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(run(store, input)).isZero();
		// plain rows around it, or the escape character would make the file look binary
		List<String> late = new ArrayList<>(List.of("办件编号,事项编码,受理日期", "LATE-P," + HOSTILE_ITEM + ",2020-12-30"));
		IntStream.rangeClosed(1, 20).forEach((i) -> late.add("LATE-P" + i + ",RS-XK-001,2020-12-30"));
		MinimalInputs.write(input, 2020, "permit", "zz-late.csv", late.toArray(String[]::new));
		// the same rule in other words is another definition
		JobsFolder jobs = new JobsFolder(this.work.resolve("jobs")).replace("metrics/definitions.csv",
				"litigation.closed,case,category = 'LITIGATION' and closed_on <= :as_of",
				"litigation.closed,case,closed_on <= :as_of and category = 'LITIGATION'");
		assertThat(jobs.during(() -> run(store, input, "--as-of", "2021-01-31", "--locale", "en"))).isZero();

		Path csv = this.work.resolve("diff.csv");
		List<String> lines = Cli.output(store, "diff", "--year", "2020", "--csv", csv.toString()).lines().toList();

		assertThat(lines.subList(1, 5)).containsExactly("  as_of: 2020-12-31 -> 2021-01-31", "  locale: zh -> en",
				"  input files: added 2020/permit/zz-late.csv", "  definitions: changed litigation.closed");
		assertThat(String.join("\n", lines)).doesNotContain("\u001b")
			.containsPattern("(?m)^permit\\.by_item\\s+item\\s+=HYPERLINK\\\\u001b\\[2J\\s+1\\s*$");
		List<CSVRecord> rows = Cli.csv(csv);
		assertThat(rows).extracting((r) -> r.get("member")).contains("'" + HOSTILE_ITEM).doesNotContain(HOSTILE_ITEM);
	}

	@Test
	void twoRunsOfTheSameExportsDifferInNothing() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(run(store, input)).isZero();
		assertThat(run(store, input)).isZero();

		List<String> lines = Cli.output(store, "diff", "--year", "2020").lines().toList();

		assertThat(lines.get(0)).endsWith(": 0 of 226 figures changed");
		assertThat(lines.subList(1, 5)).containsExactly("  as_of: the same, 2020-12-31", "  locale: the same, zh",
				"  input files: the same 4 files (SHA-256)", "  definitions: the same 51 definitions (SHA-256)");
	}

	private int run(TestStore store, Path input, String... options) {
		List<String> arguments = new ArrayList<>(List.of("run", "--year", "2020", "--input",
				input.toString(), "--output", this.work.resolve("out").toString()));
		arguments.addAll(List.of(options));
		return Cli.run(store, arguments.toArray(String[]::new));
	}

}
