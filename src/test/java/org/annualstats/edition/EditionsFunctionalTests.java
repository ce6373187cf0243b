package org.annualstats.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.annualstats.cli.AnnualStatsCommand;
import org.annualstats.operate.ExitCode;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Releasing editions of 2020 from the samples: the first edition, a revision after a late record,
 * refusals (unexplained large changes, another run's outputs, a busy year) and the check of an
 * edition against its manifest.
 */
class EditionsFunctionalTests {

	private static final String WORKBOOK = "statistical-appendix-2020.xlsx";

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aReleaseIsRevisedAfterARerunAndLaterRunsLeaveItAsReleased(Function<Path, TestStore> stores)
			throws Exception {
		Path input = copyOfSamples();
		Path out = this.work.resolve("out");
		Path editions = out.resolve("2020/editions");
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			assertThat(run(store, input)).isZero();
			String firstRun = runId(out.resolve("2020"));

			Outcome first = release(store, out);
			assertThat(first.exitCode()).as(first.err()).isZero();
			assertThat(first.out()).contains("RELEASED").contains("edition 1 of 2020").contains(firstRun);
			Path one = editions.resolve("1");
			JsonNode manifest = JsonMapper.builder().build().readTree(one.resolve("manifest.json").toFile());
			assertThat(manifest.get("run_id").asString()).isEqualTo(firstRun);
			assertThat(manifest.get("edition").asInt()).isEqualTo(1);
			assertThat(manifest.get("released_by").asString()).isEqualTo("政策法规科");
			assertThat(manifest.get("replaces").isNull()).isTrue();
			assertThat(manifest.get("files").findValuesAsString("path")).contains(WORKBOOK, "metrics.csv",
					"rejects.csv", "reconciliation.csv", "run.json", "narrative-2020.md", "narrative-2020.txt")
				.anyMatch((path) -> path.startsWith("charts/") && path.endsWith(".png"));
			LocalDate today = LocalDate.now();
			assertThat(texts(one.resolve(WORKBOOK), 0)).contains("正式版 第1版").doesNotContain("草　稿")
				.noneMatch((text) -> text.startsWith("修订版"))
				// issued on the day of its release
				.contains("报出日期：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
			// the published draft stays a draft; the copy is the same but for its cover
			assertThat(texts(out.resolve("2020").resolve(WORKBOOK), 0)).contains("草　稿");
			assertThat(one.resolve("metrics.csv")).hasSameBinaryContentAs(out.resolve("2020/metrics.csv"));
			assertThat(verify(out, 1).exitCode()).isZero();
			Map<String, byte[]> released = contents(one);

			// a late commitment of 2020, then the year is run again
			MinimalInputs.write(input, 2020, "commitment", "zz-late.csv", "承诺书编号,证明事项编码,承诺日期,关联办件编号",
					"CN2020-LATE1,ZM-RS-003,2020-12-30,BJ20200001");
			assertThat(run(store, input)).isZero();
			String secondRun = runId(out.resolve("2020"));
			assertThat(contents(one)).containsOnlyKeys(released.keySet())
				.allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(released.get(path)));

			Outcome notPublished = release(store, out, "--run", firstRun);
			assertThat(notPublished.exitCode()).isEqualTo(ExitCode.FAILED.code());
			assertThat(notPublished.err()).contains("holds the outputs of run " + secondRun + ", not of run " + firstRun);

			Outcome second = release(store, out);
			assertThat(second.exitCode()).as(second.err()).isZero();
			assertThat(second.out()).contains("edition 2 of 2020").contains("replacing edition 1");
			Path two = editions.resolve("2");
			assertThat(texts(two.resolve(WORKBOOK), 0)).contains("正式版 第2版", "修订版，替代第1版");
			List<String> notes = texts(two.resolve(WORKBOOK), -1);
			assertThat(notes).contains("第2版修订的数字（与第1版相比）", "第1版", "第2版")
				.anySatisfy((text) -> assertThat(text).contains(firstRun).contains(secondRun));
			assertThat(revisedRows(two.resolve(WORKBOOK))).containsExactlyInAnyOrder("告知承诺制办件||1600|1601",
					"告知承诺制办件（按月）|12月|190|191", "告知承诺（按证明事项）|户籍证明（ZM-RS-003）|75|76");
			assertThat(JsonMapper.builder().build().readTree(two.resolve("manifest.json").toFile()).get("replaces")
				.asInt()).isEqualTo(1);

			Outcome listed = cli(store, "editions", "--year", "2020");
			assertThat(listed.out().lines().skip(1)).satisfiesExactly(
					(line) -> assertThat(line).startsWith("1 ").contains(firstRun).containsPattern("\\s-\\s+政策法规科$"),
					(line) -> assertThat(line.trim()).isEqualTo(one.toAbsolutePath().toString()),
					(line) -> assertThat(line).startsWith("2 ").contains(secondRun).containsPattern("\\s1\\s+政策法规科$"),
					(line) -> assertThat(line.trim()).isEqualTo(two.toAbsolutePath().toString()));
			assertThat(store.count("SELECT COUNT(*) FROM released_edition WHERE stat_year = 2020")).isEqualTo(2);

			Outcome again = release(store, out);
			assertThat(again.exitCode()).isEqualTo(ExitCode.FAILED.code());
			assertThat(again.err()).contains("already edition 2 of 2020");
			assertThat(editions).isDirectoryNotContaining("glob:**/3");
		}
		// a changed, a missing and an added file
		Files.writeString(editions.resolve("1/metrics.csv"), "x", StandardOpenOption.APPEND);
		Files.delete(editions.resolve("1/narrative-2020.txt"));
		Files.writeString(editions.resolve("1/notes.txt"), "mine");
		Outcome broken = verify(out, 1);
		assertThat(broken.exitCode()).isEqualTo(ExitCode.FAILED.code());
		assertThat(broken.err()).contains("changed: metrics.csv", "missing: narrative-2020.txt", "added: notes.txt")
			.doesNotContain(WORKBOOK);
		assertThat(verify(out, 2).exitCode()).isZero();
		assertThat(verify(out, 3).err()).contains("does not exist");
	}

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aRunWithUnexplainedLargeChangesIsNotReleased(Function<Path, TestStore> stores) throws Exception {
		Path input = copyOfSamples();
		Files.delete(input.resolve("2020/explanations.csv"));
		Path out = this.work.resolve("out");
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			assertThat(run(store, input)).isZero();
			Outcome refused = release(store, out);
			assertThat(refused.exitCode()).isEqualTo(ExitCode.RECONCILIATION_ERRORS.code());
			assertThat(refused.err().lines()).hasSize(2)
				.satisfiesExactly((line) -> assertThat(line).startsWith("NOT RELEASED: run " + runId(out.resolve("2020"))),
						(line) -> assertThat(line).startsWith("  R11 (warning): 3 findings, the first: ")
							.contains("commitment"));
			assertThat(store.count("SELECT COUNT(*) FROM released_edition")).isZero();
		}
		assertThat(out.resolve("2020/editions")).doesNotExist();
	}

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aReleaseWhileTheYearIsHeldIsRefused(Function<Path, TestStore> stores) throws Exception {
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			// a command that opens the store, so that it exists, and finds nothing to resume
			MinimalInputs.fillIn(this.work.resolve("input"), 2020);
			cli(store, "run", "--year", "2020", "--input", this.work.resolve("input").toString(), "--output",
					this.work.resolve("out").toString(), "--resume");
			assertThat(cli(store, "editions", "--year", "2020").out()).contains("Year 2020 has no released edition");
			// a run of 2020 in another process, alive
			store.execute("INSERT INTO year_lock (stat_year, run_id, owner, acquired_at, heartbeat_at) "
					+ "VALUES (2020, 'manual run', 'another-host:4242:x', LOCALTIMESTAMP, LOCALTIMESTAMP)");
			Outcome busy = release(store, this.work.resolve("out"));
			assertThat(busy.exitCode()).isEqualTo(ExitCode.ALREADY_RUNNING.code());
			assertThat(busy.err()).contains("year 2020 is busy (manual run by another-host:4242:x");
			assertThat(store.count("SELECT COUNT(*) FROM year_lock WHERE owner = 'another-host:4242:x'")).isOne();
		}
	}

	@Test
	void anEnglishWorkbookIsReleasedInEnglish() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		Path out = this.work.resolve("out");
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(run(store, input, "--locale", "en")).isZero();
		assertThat(release(store, out).exitCode()).isZero();
		MinimalInputs.write(input, 2020, "review", "late.csv", "复议案号,收到申请日期,受理情况,受理日期",
				"LATE-R,2020-05-06,受理,2020-05-07");
		assertThat(run(store, input, "--locale", "en")).isZero();
		assertThat(release(store, out).exitCode()).isZero();

		Path workbook = out.resolve("2020/editions/2").resolve(WORKBOOK);
		assertThat(texts(workbook, 0)).contains("OFFICIAL EDITION 2", "Revised edition, replacing edition 1")
			.doesNotContain("DRAFT");
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			assertThat(book.getSheetAt(book.getNumberOfSheets() - 1).getSheetName()).isEqualTo("Table 10 Notes");
		}
		// without rejected rows the notes have three tables before it
		assertThat(texts(workbook, -1)).contains("Table 10-4", "Figures revised in edition 2 (against edition 1)",
				"Edition 1", "Edition 2", "Reconsideration applications received", "May");
	}

	private Path copyOfSamples() throws IOException {
		Path input = this.work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input-samples"), input);
		return input;
	}

	private int run(TestStore store, Path input, String... options) {
		List<String> arguments = new ArrayList<>(List.of("run", "--year", "2020", "--input", input.toString(),
				"--output", this.work.resolve("out").toString()));
		arguments.addAll(List.of(options));
		return cli(store, arguments.toArray(String[]::new)).exitCode();
	}

	private static Outcome release(TestStore store, Path out, String... options) {
		List<String> arguments = new ArrayList<>(
				List.of("release", "--year", "2020", "--output", out.toString(), "--by", "政策法规科"));
		arguments.addAll(List.of(options));
		return cli(store, arguments.toArray(String[]::new));
	}

	private static Outcome verify(Path out, int edition) {
		return cli(null, "verify", "--year", "2020", "--output", out.toString(), "--edition", String.valueOf(edition));
	}

	/** What a command printed, and its exit code. */
	private record Outcome(int exitCode, String out, String err) {
	}

	/** @param store {@code null} for a command that takes no store options */
	private static Outcome cli(TestStore store, String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = new CommandLine(new AnnualStatsCommand());
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		List<String> args = new ArrayList<>(List.of(arguments));
		if (store != null) {
			args.addAll(store.options());
		}
		int exitCode = commandLine.execute(args.toArray(String[]::new));
		return new Outcome(exitCode, out.toString(), err.toString());
	}

	private static String runId(Path published) {
		return JsonMapper.builder().build().readTree(published.resolve("run.json").toFile()).get("run_id").asString();
	}

	/** Every file of a folder by its relative path. */
	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		return contents;
	}

	/** The texts of a sheet's cells; sheet -1 is the last. */
	private static List<String> texts(Path workbook, int sheet) throws IOException {
		List<String> texts = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet chosen = book.getSheetAt((sheet < 0) ? book.getNumberOfSheets() + sheet : sheet);
			for (Row row : chosen) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
						texts.add(cell.getStringCellValue());
					}
				}
			}
		}
		return texts;
	}

	/** The rows of the revision table on the notes: metric|member|old|new. */
	private static List<String> revisedRows(Path workbook) throws IOException {
		List<String> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet notes = book.getSheetAt(book.getNumberOfSheets() - 1);
			boolean inTable = false;
			for (Row row : notes) {
				Cell first = row.getCell(0);
				String text = (first != null && first.getCellType() == CellType.STRING) ? first.getStringCellValue()
						: "";
				if (text.startsWith("资料来源")) {
					inTable = false;
				}
				if (inTable && row.getCell(3) != null && row.getCell(3).getCellType() == CellType.NUMERIC) {
					rows.add(text + "|" + row.getCell(1).getStringCellValue() + "|"
							+ (long) row.getCell(3).getNumericCellValue() + "|"
							+ (long) row.getCell(5).getNumericCellValue());
				}
				inTable |= "附表10-5".equals(text);
			}
		}
		return rows;
	}

}
