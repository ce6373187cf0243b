package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Rerunning a year after a late correction: the figures of both runs are kept, diff shows what changed. */
class RerunFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aLateCommitmentRecordShowsInTheDiffAndNothingElseChanges() throws Exception {
		Path input = this.work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input-samples"), input);
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(run(store, input)).isZero();
		// a late export with one more commitment, for a permit application of 2020
		MinimalInputs.write(input, 2020, "commitment", "zz-late.csv", "承诺书编号,证明事项编码,承诺日期,关联办件编号",
				"CN2020-LATE1,ZM-RS-003,2020-12-30,BJ20200001");
		assertThat(run(store, input)).isZero();

		Path csv = this.work.resolve("diff.csv");
		String output = Cli.output(store, "diff", "--year", "2020", "--csv", csv.toString());

		assertThat(output).containsPattern("commitment\\.cases\\s+1600\\s+1601\\s+\\+1");
		List<CSVRecord> rows = Cli.csv(csv);
		List<CSVRecord> changed = rows.stream().filter((r) -> !r.get("change").equals("0")).toList();
		assertThat(changed).extracting((r) -> r.get("metric_id") + "|" + r.get("member"))
			.containsExactlyInAnyOrder("commitment.cases|", "commitment.cases.by_month|12",
					"commitment.by_item|ZM-RS-003");
		Set<String> runs = rows.stream().map((r) -> r.get("from_run") + ">" + r.get("to_run")).collect(Collectors.toSet());
		assertThat(runs).hasSize(1);
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2020")), "commitment.cases")).isEqualTo("1601");
	}

	@Test
	void historyListsEveryRunAndDiffComparesOnlyThese() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(run(store, input)).isZero();
		assertThat(run(store, input)).isZero();
		String history = Cli.output(store, "history", "--year", "2020");
		assertThat(history.lines().filter((l) -> l.startsWith("2020-")))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains(" 2020 ").contains("manual").contains("PUBLISHED"));
		assertThat(history).doesNotContain("resume:");
		assertThat(Cli.output(store, "diff", "--year", "2020")).contains("0 of");
		Printed unknown = Cli.print(store, "diff", "--year", "2020", "--from", "2020-20200101T000000-0000");
		assertThat(unknown.exit()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(unknown.err()).isEqualTo("--from 2020-20200101T000000-0000: no run of 2020 has this id; history "
				+ "--year 2020 lists them (see 'annual-stats diff --help')" + System.lineSeparator());
		assertThat(unknown.out()).isEmpty();
	}

	@Test
	void aFailedRunShowsItsReasonInShortAndTheCommandThatResumesIt() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		FileSystemUtils.deleteRecursively(input.resolve("2020/review"));
		TestStore store = TestStore.h2(this.work.resolve("data"));

		Printed run = Cli.print(store, "run", "--year", "2020", "--input", input.toString(), "--output",
				this.work.resolve("out").toString());

		assertThat(run.exit()).isEqualTo(ExitCode.RECONCILIATION_ERRORS.code());
		String resume = "annual-stats run --year 2020 --input " + input + " --output " + this.work.resolve("out")
				+ " --resume --data-dir " + this.work.resolve("data");
		assertThat(run.err().lines()).hasSize(3)
			.first()
			.asString()
			.startsWith("FAILED: 1 reconciliation error(s), nothing published: R10");
		assertThat(run.err().lines()).last().isEqualTo("  resume: " + resume);
		List<String> history = Cli.output(store, "history").lines().toList();
		assertThat(history).hasSize(4);
		assertThat(history.get(1)).contains(" FAILED ");
		assertThat(history.get(2)).startsWith("    1 reconciliation error(s), nothing published: R10").endsWith(" …")
			.hasSizeLessThan(110);
		assertThat(history.get(3)).isEqualTo("    resume: " + resume);
	}

	@Test
	void aPreviousYearResumedOnItsOwnSaysItStoredFiguresAndAResumeReadsTheInputItStartedWith() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		MinimalInputs.fillIn(input, 2019);
		Path broken = MinimalInputs.write(input, 2019, "permit", "broken.csv", "no header here", "1,2,3");
		TestStore store = TestStore.h2(this.work.resolve("data"));
		// 2019 fails on its broken file; 2020 publishes without comparison values
		assertThat(run(store, input)).isZero();
		assertThat(Cli.output(store, "history", "--year", "2019")).contains(" FAILED ");
		// a resumed run reads the files it started with: the operator corrects the broken one
		Files.writeString(broken, "办件编号,事项编码,受理日期\nMIN-P2,RS-XK-001,2019-03-03\n");

		Path other = this.work.resolve("other-input");
		MinimalInputs.fillIn(other, 2019);
		Printed elsewhere = Cli.print(store, "run", "--year", "2019", "--input", other.toString(), "--output",
				this.work.resolve("out").toString(), "--resume");
		assertThat(elsewhere.exit()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(elsewhere.err()).matches("--input " + other + ": run 2019-\\S+ read the input root " + input
				+ "; resume it with --input " + input + ", or start a new run without --resume \\(see "
				+ "'annual-stats run --help'\\)\\R");

		Printed resumed = Cli.print(store, "run", "--year", "2019", "--input", input.toString(), "--output",
				this.work.resolve("out").toString(), "--resume");

		assertThat(resumed.exit()).as(resumed.err()).isZero();
		assertThat(resumed.out()).startsWith("PUBLISHED (run 2019-")
			.contains("; figures of 2019 stored for the comparison of the next year; no outputs of its own")
			.doesNotContain("null");
		assertThat(this.work.resolve("out/2019")).doesNotExist();
	}

	private int run(TestStore store, Path input) {
		return Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output",
				this.work.resolve("out").toString());
	}

}
