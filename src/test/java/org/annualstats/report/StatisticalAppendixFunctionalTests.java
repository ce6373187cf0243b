package org.annualstats.report;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.SAXParserFactory;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistical appendix of 2020 from the sample exports, read back with POI. */
class StatisticalAppendixFunctionalTests {

	private static final String FORMULA_LIKE_KEY = "=HYPERLINK(\"http://example.invalid\",\"x\")";

	@TempDir
	static Path work;

	static Path year;

	@BeforeAll
	static void runTheSamples() throws Exception {
		// the samples plus one out-of-period record whose key looks like a formula (it becomes an R3 finding)
		Path input = work.resolve("input");
		FileSystemUtils.copyRecursively(Path.of("input-samples"), input);
		MinimalInputs.write(input, 2020, "commitment", "zz-late.csv", "承诺书编号,证明事项编码,承诺日期",
				"\"" + FORMULA_LIKE_KEY.replace("\"", "\"\"") + "\",ZM-RS-001,2019-12-31");
		int exit = Cli.run(TestStore.h2(work.resolve("data")), "run", "--year", "2020", "--input", input.toString(),
				"--output", work.resolve("out").toString());
		assertThat(exit).isZero();
		year = work.resolve("out/2020");
	}

	private static XSSFWorkbook open() throws Exception {
		return new XSSFWorkbook(OPCPackage.open(year.resolve("statistical-appendix-2020.xlsx").toFile(),
				PackageAccess.READ));
	}

	@Test
	void sheetsInTheOrderOfTheSpecification() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("封面", "目录", "领导摘要", "附表1 主要指标", "附表2 劳动保障监察", "附表3 行政复议",
					"附表4 行政应诉", "附表5 行政审批与政务服务", "附表6 证明事项告知承诺", "附表7 同比分析", "附表8 分项明细",
					"文字说明", "附表9 数据核对", "附表10 数据说明");
			assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("2020年度法治政府建设统计附表");
			assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("长治市人力资源和社会保障局");
		}
	}

	@Test
	void contentsLinkToEverySheetAfterThemWithTheirTableNumbers() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> targets = new ArrayList<>();
			List<String> numbers = new ArrayList<>();
			for (Row row : workbook.getSheet("目录")) {
				Cell cell = row.getCell(2);
				if (cell != null && cell.getHyperlink() != null) {
					assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
					targets.add(cell.getHyperlink().getAddress());
					numbers.add(row.getCell(1).getStringCellValue());
				}
			}
			assertThat(targets).containsExactly("'领导摘要'!A1", "'附表1 主要指标'!A1", "'附表2 劳动保障监察'!A1",
					"'附表3 行政复议'!A1", "'附表4 行政应诉'!A1", "'附表5 行政审批与政务服务'!A1", "'附表6 证明事项告知承诺'!A1",
					"'附表7 同比分析'!A1", "'附表8 分项明细'!A1", "'文字说明'!A1", "'附表9 数据核对'!A1", "'附表10 数据说明'!A1");
			assertThat(numbers).containsExactly("", "附表1", "附表2", "附表3", "附表4", "附表5", "附表6", "附表7", "附表8", "",
					"附表9", "附表10");
		}
	}

	@Test
	void figuresAreNumericCellsWithTheirFormats() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Sheet headline = workbook.getSheet("附表1 主要指标");
			assertFigure(row(headline, "告知承诺制办件"), 2, 1600, "#,##0");
			assertFigure(row(headline, "告知承诺制办件"), 3, 200, "#,##0");
			assertFigure(row(headline, "告知承诺制办件"), 4, 1400, "+#,##0;-#,##0;0");
			assertFigure(row(headline, "告知承诺制办件"), 5, 7.0, "+0.00%;-0.00%;0.00%");
			assertFigure(row(headline, "非立案涉及农民工"), 2, 3648, "#,##0");
			assertFigure(row(headline, "非立案追回工资"), 2, 3678.04, "#,##0.00");
			assertFigure(row(headline, "立案案件追回工资"), 2, 11.4, "#,##0.00");
			assertFigure(row(headline, "法定期限内结案率"), 2, 1.0, "0.00%");
			Sheet commitments = workbook.getSheet("附表6 证明事项告知承诺");
			assertFigure(row(commitments, "告知承诺制办件"), 2, 1600, "#,##0");
			assertThat(cellText(commitments, 0)).contains("无犯罪记录证明（ZM-RS-001）");
			assertThat(cellText(workbook.getSheet("附表3 行政复议"), 0)).contains("维持");
		}
	}

	@Test
	void theChangeOfARateIsInPercentagePoints() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Row online = row(workbook.getSheet("附表1 主要指标"), "网办率");
			// 2,754 of 4,000 against 2,464 of 3,500
			assertFigure(online, 4, (2754 / 4000.0 - 2464 / 3500.0) * 100, "+0.00\"个百分点\";-0.00\"个百分点\";0.00\"个百分点\"");
			assertThat(online.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void aMultipleOnlyOnABaseOfAtLeastTenAndWithoutATrailingZero() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Sheet headline = workbook.getSheet("附表1 主要指标");
			assertThat(remark(row(headline, "告知承诺制办件"))).startsWith("为上年的8倍；注");
			// 8 against 4: twice as many, but on a base of 4 a multiple says more than the figures do
			assertThat(remark(row(headline, "负责人出庭应诉"))).doesNotContain("倍");
		}
	}

	@Test
	void aNoteIsWrittenOnceUnderItsTableAndTheRowsCarryItsMark() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Sheet commitments = workbook.getSheet("附表6 证明事项告知承诺");
			List<String> coverage = cellText(commitments, 0).stream().filter((t) -> t.contains("6–11月")).toList();
			// one note under the figures, one under the months, one under the items: never row by row
			assertThat(coverage).hasSize(3).allMatch((t) -> t.matches("注\\d：2019年数据仅覆盖6–11月，2020年覆盖1–12月.*"));
			// the recorded explanation of the change first, then the coverage of the two years
			assertThat(remark(row(commitments, "告知承诺制办件"))).isEqualTo("为上年的8倍；注1；注2");
			assertThat(cellText(commitments, 0)).contains("注1：2019年为试点，仅6—11月开展证明事项告知承诺，2020年全年实行，办件量不宜与上年直接比较");
			assertThat(cellText(commitments, 0)).contains("资料来源：证明事项告知承诺系统");
		}
	}

	@Test
	void monthsOutsideASourcesCoverageShowADash() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Sheet commitments = workbook.getSheet("附表6 证明事项告知承诺");
			for (int month = 1; month <= 12; month++) {
				Row row = rowWith(commitments, 0, month + "月");
				assertFigure(row, 1, monthly2020(month), "#,##0");
				if (month >= 6 && month <= 11) {
					assertThat(row.getCell(2).getCellType()).as("%d月", month).isEqualTo(CellType.NUMERIC);
				}
				else {
					assertThat(row.getCell(2).getStringCellValue()).as("%d月", month).isEqualTo("—");
				}
			}
		}
	}

	private static double monthly2020(int month) throws Exception {
		for (String line : Files.readAllLines(year.resolve("metrics.csv"))) {
			if (line.contains(",commitment.cases.by_month,") && line.contains(String.format(",%02d,", month))) {
				return Double.parseDouble(line.split(",")[4]);
			}
		}
		throw new AssertionError("no commitment.cases.by_month " + month + " in metrics.csv");
	}

	@Test
	void theHeadlineTableIsGroupedByAreaWithItsPartsIndented() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> labels = cellText(workbook.getSheet("附表1 主要指标"), 0);
			assertThat(labels).containsSubsequence("一、劳动保障监察", "二、行政复议", "收到行政复议申请", "其中：不予受理", "受理",
					"其中：结案", "正在审理", "三、行政应诉", "行政诉讼案件", "其中：已结案", "正在审理", "五、证明事项告知承诺");
			Row pending = rowWith(workbook.getSheet("附表1 主要指标"), 0, "其中：结案");
			assertThat(pending.getCell(0).getCellStyle().getIndention()).isEqualTo((short) 4);
		}
	}

	@Test
	void theYearOverYearTableHasOneRowPerHeadlineFigureAndTheDetailSheetTheMembers() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> yoy = cellText(workbook.getSheet("附表7 同比分析"), 0);
			assertThat(yoy).contains("告知承诺制办件", "网办率").doesNotContain("1月", "维持");
			List<String> detail = cellText(workbook.getSheet("附表8 分项明细"), 0);
			assertThat(detail).contains("告知承诺制办件（按月）", "1月", "12月", "维持", "无犯罪记录证明（ZM-RS-001）");
		}
	}

	@Test
	void theNotesDefineEveryFigureInChineseWithTheCommandThatListsItsRecords() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> definitions = cellText(workbook.getSheet("附表10 数据说明"), 1);
			assertThat(definitions).contains("承诺日期在当年的证明事项告知承诺办件"
					+ "明细：annual-stats explain --year 2020 --metric commitment.cases --rows 明细.csv");
		}
	}

	/** Metric ids, enum constants, dimension names and English words never reach a Chinese sheet. */
	@Test
	void chineseSheetsCarryNoIdentifiers() throws Exception {
		java.util.regex.Pattern identifier = java.util.regex.Pattern
			.compile("[a-z]+\\.[a-z_.]+|\\b[A-Z]+_[A-Z_]+\\b|\\b(month|item|decision)\\b|[A-Za-z]{4,}");
		try (XSSFWorkbook workbook = open()) {
			for (Sheet sheet : workbook) {
				if (sheet.getSheetName().equals("附表10 数据说明") || sheet.getSheetName().equals("封面")) {
					continue;
				}
				for (String text : cellText(sheet)) {
					// the name of a file to open is not an identifier, nor the key of a record as its file has it
					String words = text.replaceAll("[a-z]+\\.csv", "").replace(FORMULA_LIKE_KEY, "");
					assertThat(identifier.matcher(words).find()).as("%s: %s", sheet.getSheetName(), text).isFalse();
				}
			}
		}
	}

	@Test
	void chartsAreEmbeddedAndWrittenAsPng() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			assertThat(pictures(workbook.getSheet("领导摘要"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("附表2 劳动保障监察"))).isEqualTo(1);
			assertThat(pictures(workbook.getSheet("附表3 行政复议"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("附表4 行政应诉"))).isEqualTo(1);
			assertThat(pictures(workbook.getSheet("附表5 行政审批与政务服务"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("附表6 证明事项告知承诺"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("附表7 同比分析"))).isEqualTo(1);
			assertThat(workbook.getAllPictures()).hasSize(11);
		}
		try (Stream<Path> charts = Files.list(year.resolve("charts"))) {
			assertThat(charts.map((p) -> p.getFileName().toString())).hasSize(11)
				.allMatch((name) -> name.endsWith(".png"))
				.contains("commitment-monthly.png", "year-over-year.png");
		}
	}

	@Test
	void longListsShowTheirFirstRowsAndPointToTheCsv() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> texts = cellText(workbook.getSheet("附表9 数据核对"), 0);
			assertThat(texts).contains("仅列出前 20 行，共 291 行；完整清单见 reconciliation.csv");
			// 20 of the 291 R1 rows, both R2 rows and the one permit among the R3 rows
			assertThat(texts.stream().filter((t) -> t.equals("行政审批与政务服务系统"))).hasSize(20 + 2 + 1);
		}
	}

	@Test
	void aMultiYearTrendOnceMoreThanTwoYearsAreInTheStore() throws Exception {
		Path input = work.resolve("three-years");
		Path out = work.resolve("three-years-out");
		TestStore store = TestStore.h2(work.resolve("three-years-data"));
		for (int year = 2018; year <= 2020; year++) {
			MinimalInputs.fillIn(input, year);
			assertThat(Cli.run(store, "run", "--year", String.valueOf(year), "--input", input.toString(), "--output",
					out.toString())).isZero();
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				OPCPackage.open(out.resolve("2020/statistical-appendix-2020.xlsx").toFile(), PackageAccess.READ))) {
			assertThat(pictures(workbook.getSheet("附表7 同比分析"))).isEqualTo(2);
		}
		assertThat(out.resolve("2020/charts/trend.png")).exists();
	}

	@Test
	void everySheetPrintsOnA4LandscapeAtFullSizeCentredWithTheBureauInTheFooter() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			for (Sheet sheet : workbook) {
				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(print.getScale()).as(sheet.getSheetName()).isEqualTo((short) 100);
				assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isFalse();
				assertThat(sheet.getHorizontallyCenter()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getMargin(Sheet.LeftMargin)).isCloseTo(1.5 / 2.54, org.assertj.core.data.Offset.offset(1e-6));
				assertThat(sheet.getFooter().getCenter()).isEqualTo("长治市人力资源和社会保障局 · 第 &P 页 共 &N 页");
				// a table repeats its own header after a page break, never the sheet another's
				assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNull();
			}
		}
	}

	@Test
	void textFromInputFilesNeverBecomesAFormula() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Cell key = find(workbook.getSheet("附表9 数据核对"), FORMULA_LIKE_KEY);
			assertThat(key.getCellType()).isEqualTo(CellType.STRING);
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
		assertThat(Files.readString(year.resolve("reconciliation.csv"))).contains("R3,warning,commitment");
	}

	@Test
	void theWorkbookIsValidXmlAndSurvivesAPoiRoundTrip() throws Exception {
		try (OPCPackage pkg = OPCPackage.open(year.resolve("statistical-appendix-2020.xlsx").toFile(),
				PackageAccess.READ)) {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			for (PackagePart part : pkg.getParts()) {
				// the core properties part can only be read through its getters
				if (part.getContentType().endsWith("xml") && !(part instanceof PackagePropertiesPart)) {
					try (InputStream in = part.getInputStream()) {
						factory.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler());
					}
				}
			}
		}
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		try (InputStream in = Files.newInputStream(year.resolve("statistical-appendix-2020.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			workbook.write(copy);
		}
		try (XSSFWorkbook reread = new XSSFWorkbook(new java.io.ByteArrayInputStream(copy.toByteArray()))) {
			assertThat(reread.getNumberOfSheets()).isEqualTo(14);
		}
	}

	@Test
	void anEnglishWorkbookIsOneOptionAway() throws Exception {
		Path out = work.resolve("english");
		int exit = Cli.run(TestStore.h2(work.resolve("data")), "run", "--year", "2020", "--input", "input-samples",
				"--output", out.toString(), "--locale", "en");
		assertThat(exit).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				OPCPackage.open(out.resolve("2020/statistical-appendix-2020.xlsx").toFile(), PackageAccess.READ))) {
			assertThat(workbook.getSheetName(3)).isEqualTo("Table 1 Headline figures");
			Row commitments = row(workbook.getSheet("Table 1 Headline figures"), "Certificate notification-commitment cases");
			assertFigure(commitments, 2, 1600, "#,##0");
			assertThat(remark(commitments)).isEqualTo("8 times the previous year; Note 4; Note 5");
			assertThat(cellText(workbook.getSheet("Table 1 Headline figures"), 0)).contains(
					"Note 4: 2019 was a pilot, run June to November only; 2020 is the first full year, not comparable with it",
					"Note 5: 2019 covers only Jun–Nov, 2020 covers Jan–Dec: the two years cover different months,"
							+ " so the change is not like for like");
			assertThat(find(workbook.getSheet("Table 8 Detail"), "ZM-RS-001").getCellType()).isEqualTo(CellType.STRING);
			for (Sheet sheet : workbook) {
				if (sheet.getSheetName().equals("Table 10 Notes")) {
					continue; // file names as the exporting systems wrote them
				}
				for (String text : cellText(sheet)) {
					assertThat(text).as(sheet.getSheetName()).doesNotContainPattern("[\\u2E80-\\u9FFF\\uFF00-\\uFFEF]");
				}
			}
		}
	}

	private static void assertFigure(Row row, int column, double value, String format) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
	}

	private static Row row(Sheet sheet, String label) {
		return rowWith(sheet, 0, label);
	}

	private static Row rowWith(Sheet sheet, int column, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row labelled " + label + " on " + sheet.getSheetName());
	}

	/** The 备注 of a figure row. */
	private static String remark(Row row) {
		return row.getCell(6).getStringCellValue();
	}

	private static List<String> cellText(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					// notes are broken into lines for printing
				texts.add(cell.getStringCellValue().replace("\n", ""));
				}
			}
		}
		return texts;
	}

	private static Cell find(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell " + text + " on " + sheet.getSheetName());
	}

	private static List<String> cellText(Sheet sheet, int column) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				// notes are broken into lines for printing
				texts.add(cell.getStringCellValue().replace("\n", ""));
			}
		}
		return texts;
	}

	private static long pictures(Sheet sheet) {
		XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
		return (drawing == null) ? 0 : drawing.getShapes().stream().filter(XSSFPicture.class::isInstance).count();
	}
}
