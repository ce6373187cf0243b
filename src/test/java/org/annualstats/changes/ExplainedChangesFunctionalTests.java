package org.annualstats.changes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Large changes against the previous year and the explanations recorded for them (R11). */
class ExplainedChangesFunctionalTests {

	@TempDir
	Path work;

	@Test
	void theSamplesExplainEveryLargeChange() throws Exception {
		Path year = run(Path.of("input-samples"));
		assertThat(r11(year)).isEmpty();
		assertThat(Files.readString(year.resolve("narrative-2020.txt"))).contains("（2019年为试点，仅6—11月开展证明事项告知承诺");
	}

	@Test
	void anUnexplainedLargeChangeAndAnExplanationThatExplainsNothingAreFindings() throws Exception {
		Path input = this.work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input-samples"), input);
		Files.writeString(input.resolve("2020/explanations.csv"), String.join("\n", "metric_id,member,text,author,date",
				"commitment.cases,,2019年为试点,政策法规科,2021-01-15",
				"commitment.items_used,,2019年为试点,政策法规科,2021-01-15",
				"review.received,,多了两件,政策法规科,2021-01-15", "no.such.metric,,？,政策法规科,2021-01-15", ""));
		Path year = run(input);
		List<String> findings = r11(year).stream()
			.map((r) -> r.get("severity") + " " + r.get("key") + " " + r.get("message"))
			.toList();
		String file = input.resolve("2020/explanations.csv").toString();
		assertThat(findings).containsExactlyInAnyOrder(
				"warning commitment.verified 已核查由上年10变为80（+700.0%），变化超过说明阈值，尚无原因说明；请在 " + file + " 中写明原因",
				"info review.received 收到行政复议申请的变化未超过说明阈值，" + file + " 第 4 行的说明未使用",
				"info no.such.metric " + file + " 第 5 行说明的指标 no.such.metric 不存在");
	}

	@Test
	void theGateIsReadFromJobsAndLargeChangesWithoutExplanationsAreWarnings() throws Exception {
		Path input = this.work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input-samples"), input);
		Files.delete(input.resolve("2020/explanations.csv"));
		Path year = run(input);
		assertThat(r11(year)).extracting((r) -> r.get("key"))
			.containsExactlyInAnyOrder("commitment.cases", "commitment.items_used", "commitment.verified");
		// a warning, not an error: the appendix is published, its cover says reconciled
		assertThat(Files.readString(year.resolve("run.json"))).contains("\"R11\"");
	}

	private Path run(Path input) {
		Path out = this.work.resolve("out");
		assertThat(Cli.run(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020", "--input", input.toString(),
				"--output", out.toString())).isZero();
		return out.resolve("2020");
	}

	private static List<CSVRecord> r11(Path year) throws Exception {
		return Cli.csv(year.resolve("reconciliation.csv")).stream().filter((r) -> r.get("check_id").equals("R11")).toList();
	}

}
