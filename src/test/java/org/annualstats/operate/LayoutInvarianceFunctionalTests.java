package org.annualstats.operate;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures do not depend on how the exports are laid out or spelled, as long as they follow
 * The samples are read by a reader of this test's own, rewritten into other formats,
 * encodings, aliases, column orders, units and spellings ({@link ExportRewriter}), and both input
 * roots must give the same metrics, the same rejects per source and field, and the same findings.
 */
class LayoutInvarianceFunctionalTests {

	private static final Path SAMPLES = Path.of("input-samples");

	private static final List<String> METRIC_COLUMNS = List.of("metric_id", "dimension", "member", "value",
			"previous_value", "change", "change_ratio", "note");

	@TempDir
	Path work;

	@Test
	void theSameFiguresComeOutOfExportsInAnyLayoutAndSpellingTheContractAllows() throws Exception {
		// given the samples rewritten by an independent reader into layouts nobody has seen
		Path rewritten = this.work.resolve("rewritten");
		ExportRewriter rewriter = new ExportRewriter(SAMPLES, rewritten);
		rewriter.rewrite();
		assertEverySampleRowWasRewritten(rewriter);
		// when 2020 is run on each input root, each with a store and output of its own
		Path original = run(SAMPLES, "original");
		Path other = run(rewritten, "rewritten");
		// then the figures, rejects and findings are the same
		assertThat(rows(other, "metrics.csv", METRIC_COLUMNS)).as("metrics.csv of the rewritten exports")
			.containsExactlyElementsOf(rows(original, "metrics.csv", METRIC_COLUMNS));
		for (Path out : List.of(original, other)) {
			Map<String, CSVRecord> metrics = Cli.metrics(out);
			assertThat(Cli.value(metrics, "commitment.cases")).isEqualTo("1600");
			assertThat(Cli.value(metrics, "inspection.resolved.recovered_yuan")).isEqualTo("36780400.00");
		}
		assertThat(rejectsPerSource(other)).isEqualTo(rejectsPerSource(original));
		assertThat(rows(other, "rejects.csv", List.of("source", "field"))).as("rejects (source, field)")
			.containsExactlyInAnyOrderElementsOf(rows(original, "rejects.csv", List.of("source", "field")));
		assertThat(rows(other, "reconciliation.csv", List.of("check_id", "source", "key"))).as("findings")
			.containsExactlyInAnyOrderElementsOf(rows(original, "reconciliation.csv", List.of("check_id", "source", "key")));
	}

	/** Guards the rewrite itself: the counts of the manifest (input-samples/README.md §1). */
	private static void assertEverySampleRowWasRewritten(ExportRewriter rewriter) throws Exception {
		assertThat(rewriter.read).hasSize((int) (ExportRewriter.files(SAMPLES, "2019") + ExportRewriter.files(SAMPLES, "2020")));
		assertThat(rewriter.dataRows("2019")).isEqualTo(3984);
		assertThat(rewriter.dataRows("2020")).isEqualTo(6245);
		assertThat(rewriter.read.stream().flatMap((t) -> t.rows().stream()).filter((r) -> r.total())).hasSize(1);
	}

	private Path run(Path input, String name) {
		Path out = this.work.resolve(name + "-out");
		try (TestStore store = TestStore.h2(this.work.resolve(name + "-data"))) {
			int exit = Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output", out.toString());
			assertThat(exit).as("exit code of the run on the %s exports", name).isEqualTo(ExitCode.PUBLISHED.code());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return out.resolve("2020");
	}

	private static List<String> rows(Path year, String file, List<String> columns) throws Exception {
		Function<CSVRecord, String> row = (r) -> columns.stream().map(r::get).collect(Collectors.joining(" | "));
		return Cli.csv(year.resolve(file)).stream().map(row).toList();
	}

	private static Map<String, Long> rejectsPerSource(Path year) throws Exception {
		return Cli.csv(year.resolve("rejects.csv"))
			.stream()
			.collect(Collectors.groupingBy((r) -> r.get("source"), TreeMap::new, Collectors.counting()));
	}

}
