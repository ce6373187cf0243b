package org.annualstats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The narrative of 2020 from the sample exports against the sentences of the report it serves. */
class NarrativeFunctionalTests {

	@TempDir
	static Path work;

	static String chinese;

	@BeforeAll
	static void runTheSamples() throws Exception {
		assertThat(Cli.run(TestStore.h2(work.resolve("data")), "run", "--year", "2020", "--input", "input-samples",
				"--output", work.resolve("out").toString())).isZero();
		chinese = Files.readString(work.resolve("out/2020/narrative-2020.txt"));
	}

	/** The report's own sentences on wage arrears, violations, reconsideration and litigation, word for word. */
	@Test
	void theReportsSentencesComeOutWordForWord() {
		assertThat(chinese).contains("2020年，全市立案查处欠薪案件4件，涉及21人，追回被拖欠工资11.4万元；在日常检查和投诉举报受理中，"
				+ "发现并以调解等非立案手段及时解决欠薪问题295起，涉及农民工3648名，追回被拖欠工资3678.04万元。",
				"向社会公布重大违法行为6件，向公安机关移送涉嫌拒不支付劳动报酬犯罪案件6件。",
				"2020年，我局共受理行政复议案件12件，不予受理1件，结案8件，3件正在审理之中，法定期限内结案率100%。",
				"2020年，我局参与行政诉讼案件8件，目前结案5件，3件正在审理之中。", "法律顾问全部代理出庭应诉",
				"所有的行政诉讼案件行政负责人全部出庭应诉。", "涉及我局的证明事项共有19项，已全部按要求实行告知承诺制");
	}

	@Test
	void aLargeChangeCarriesItsRecordedExplanation() {
		assertThat(chinese).contains("办件量由2019年的200件上升至2020年的1600件，为上年的8倍（2019年为试点，仅6—11月开展证明事项告知承诺，"
				+ "2020年全年实行，办件量不宜与上年直接比较）。");
		assertThat(chinese).contains("收到行政复议申请同比增长20.0%。", "受理行政审批及政务服务办件4000件，同比增长14.3%；");
	}

	@Test
	void theWorkbookHasTheSameParagraphsAndTheMarkdownTheSameText() throws Exception {
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage
			.open(work.resolve("out/2020/statistical-appendix-2020.xlsx").toFile(), PackageAccess.READ))) {
			for (Row row : workbook.getSheet("文字说明")) {
				Cell cell = row.getCell(0);
				if (cell != null && cell.getCellType() == CellType.STRING) {
					cells.add(cell.getStringCellValue());
				}
			}
		}
		List<String> lines = chinese.lines().filter((line) -> !line.isBlank()).toList();
		assertThat(cells).containsExactlyElementsOf(lines);
		String markdown = Files.readString(work.resolve("out/2020/narrative-2020.md"));
		assertThat(markdown).startsWith("# 2020年度法治政府建设情况 · 文字说明\n\n## 一、劳动保障监察\n\n2020年，全市立案查处欠薪案件4件");
	}

	@Test
	void theEnglishNarrativeIsInEnglish() throws Exception {
		Path out = work.resolve("english");
		assertThat(Cli.run(TestStore.h2(work.resolve("data")), "run", "--year", "2020", "--input", "input-samples",
				"--output", out.toString(), "--locale", "en")).isZero();
		String english = Files.readString(out.resolve("2020/narrative-2020.txt"));
		assertThat(english).contains("In 2020, 4 wage-arrears cases were filed, involving 21 workers, and wages of 11.4 "
				+ "ten thousand yuan were recovered", "involving 3,648 migrant workers",
				"cases rose from 200 in 2019 to 1,600 in 2020, 8 times the previous year")
			.doesNotContainPattern("[\\u2E80-\\u9FFF\\uFF00-\\uFFEF]");
	}

	@Test
	void anUnknownPlaceholderStopsTheApplicationNamingFileAndLine(@TempDir Path jobs) throws Exception {
		Files.createDirectories(jobs.resolve("narrative"));
		Files.writeString(jobs.resolve("narrative/review.txt"), "# 行政复议\n共受理行政复议案件{review.recieved}件。\n");
		JobsFiles files = new JobsFiles(jobs);
		assertThatIllegalStateException().isThrownBy(() -> new NarrativeTemplates(files, new MetricCatalogue(files)))
			.withMessageStartingWith("jobs/narrative/review.txt line 2: unknown placeholder {review.recieved}");
		Files.writeString(jobs.resolve("narrative/review.txt"), "{review.received:环比}\n");
		assertThatIllegalStateException().isThrownBy(() -> new NarrativeTemplates(files, new MetricCatalogue(files)))
			.withMessageStartingWith("jobs/narrative/review.txt line 1: unknown format '环比'");
	}

}
