package org.annualstats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reconciliation.csv and rejects.csv list text in code point order whatever the store's collation:
 * the same inputs give the same bytes on H2 and on a PostgreSQL database that sorts as Chinese
 * readers do (where {@code _c} and {@code a} and {@code B} and {@code 中} fall otherwise).
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class CsvOrderFunctionalTests {

	private static final List<String> NAMES = List.of("B", "a", "_c", "中", "A-1", "a1", "Ab", "ab");

	@TempDir
	Path work;

	@Test
	void reconciliationAndRejectsAreTheSameBytesOnH2AndOnACollatingPostgreSQL() throws Exception {
		Path input = this.work.resolve("input");
		for (String name : NAMES) {
			List<String> lines = new ArrayList<>(List.of("案件编号,案件类别,立案日期"));
			for (int i = 1; i <= 20; i++) {
				lines.add(name + "-" + i + ",立案查处,2020-03-02");
			}
			// an identical duplicate (finding R1, keyed by the case number) and a rejected row
			lines.add(name + ",立案查处,2020-03-02");
			lines.add(name + ",立案查处,2020-03-02");
			lines.add(name + "-bad,立案查处,2020-02-30");
			MinimalInputs.write(input, 2020, "case", name + ".csv", lines.toArray(String[]::new));
		}
		MinimalInputs.fillIn(input, 2020);

		Path onH2 = run(TestStore.h2(this.work.resolve("h2")), input, "h2");
		Path onPostgres = run(TestStore.postgresCollating(this.work.resolve("pg"), "zh-Hans-CN"), input, "pg");

		for (String file : List.of("reconciliation.csv", "rejects.csv")) {
			assertThat(onPostgres.resolve(file)).hasSameBinaryContentAs(onH2.resolve(file));
		}
		assertInCodePointOrder(Cli.csv(onH2.resolve("rejects.csv")).stream().map((r) -> r.get("file")).toList());
		assertInCodePointOrder(Cli.csv(onH2.resolve("reconciliation.csv")).stream()
			.filter((r) -> r.get("check_id").equals("R1"))
			.map((r) -> r.get("key"))
			.toList());
	}

	private Path run(TestStore store, Path input, String name) throws Exception {
		try (store) {
			Path out = this.work.resolve("out-" + name);
			assertThat(Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output", out.toString()))
				.isEqualTo(ExitCode.PUBLISHED.code());
			return out.resolve("2020");
		}
	}

	private static void assertInCodePointOrder(List<String> texts) {
		assertThat(texts).hasSizeGreaterThanOrEqualTo(NAMES.size()).isSortedAccordingTo(Comparator.naturalOrder());
	}

}
