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
			assertThat(names).containsExactly("封面", "目录", "附表1 主要指标", "劳动保障监察", "行政复议", "行政应诉",
					"行政审批与政务服务", "证明事项告知承诺", "同比分析", "数据核对", "数据说明");
			assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("2020年度法治政府建设统计附表");
			assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("长治市人力资源和社会保障局");
		}
	}

	@Test
	void contentsLinkToEverySheetAfterThem() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> targets = new ArrayList<>();
			for (Row row : workbook.getSheet("目录")) {
				Cell cell = row.getCell(1);
				if (cell != null && cell.getHyperlink() != null) {
					assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
					targets.add(cell.getHyperlink().getAddress());
				}
			}
			assertThat(targets).containsExactly("'附表1 主要指标'!A1", "'劳动保障监察'!A1", "'行政复议'!A1", "'行政应诉'!A1",
					"'行政审批与政务服务'!A1", "'证明事项告知承诺'!A1", "'同比分析'!A1", "'数据核对'!A1", "'数据说明'!A1");
		}
	}

	@Test
	void figuresAreNumericCellsWithTheirFormats() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Sheet headline = workbook.getSheet("附表1 主要指标");
			assertFigure(row(headline, "告知承诺制办件"), 3, 1600, "#,##0");
			assertFigure(row(headline, "告知承诺制办件"), 4, 200, "#,##0");
			assertFigure(row(headline, "非立案涉及农民工"), 3, 3648, "#,##0");
			assertFigure(row(headline, "非立案追回工资"), 3, 3678.04, "#,##0.00");
			assertFigure(row(headline, "立案案件追回工资"), 3, 11.4, "#,##0.00");
			assertFigure(row(headline, "法定期限内结案率"), 3, 1.0, "0.00%");
			assertFigure(row(headline, "告知承诺制办件"), 6, 7.0, "+0.00%;-0.00%;0.00%");
			assertThat(row(headline, "告知承诺制办件").getCell(7).getStringCellValue()).startsWith("为上年的8.0倍")
				.contains("6–11月");
			Sheet commitments = workbook.getSheet("证明事项告知承诺");
			assertFigure(row(commitments, "告知承诺制办件"), 3, 1600, "#,##0");
			assertThat(cellText(commitments, 0)).contains("无犯罪记录证明（ZM-RS-001）");
			assertThat(cellText(workbook.getSheet("行政复议"), 0)).contains("维持");
		}
	}

	@Test
	void chartsAreEmbeddedAndWrittenAsPng() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			assertThat(pictures(workbook.getSheet("劳动保障监察"))).isEqualTo(1);
			assertThat(pictures(workbook.getSheet("行政复议"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("行政应诉"))).isEqualTo(1);
			assertThat(pictures(workbook.getSheet("行政审批与政务服务"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("证明事项告知承诺"))).isEqualTo(2);
			assertThat(pictures(workbook.getSheet("同比分析"))).isEqualTo(1);
			assertThat(workbook.getAllPictures()).hasSize(9);
		}
		try (Stream<Path> charts = Files.list(year.resolve("charts"))) {
			assertThat(charts.map((p) -> p.getFileName().toString())).hasSize(9)
				.allMatch((name) -> name.endsWith(".png"))
				.contains("commitment-monthly.png", "year-over-year.png");
		}
	}

	@Test
	void longListsShowTheirFirstRowsAndPointToTheCsv() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			List<String> texts = cellText(workbook.getSheet("数据核对"), 0);
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
			assertThat(pictures(workbook.getSheet("同比分析"))).isEqualTo(2);
		}
		assertThat(out.resolve("2020/charts/trend.png")).exists();
	}

	@Test
	void everySheetPrintsOnA4LandscapeOnePageWideWithFrozenRepeatedHeaders() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			for (Sheet sheet : workbook) {
				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).as(sheet.getSheetName()).isZero();
				assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
				assertThat(sheet.getFooter().getLeft()).startsWith("2020-");
				if (!sheet.getSheetName().equals("封面")) {
					assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
					assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName()).isNotNull();
				}
				assertThat(sheet.getColumnWidth(1)).as(sheet.getSheetName()).isGreaterThan(8 * 256);
			}
		}
	}

	@Test
	void textFromInputFilesNeverBecomesAFormula() throws Exception {
		try (XSSFWorkbook workbook = open()) {
			Cell key = find(workbook.getSheet("数据核对"), FORMULA_LIKE_KEY);
			assertThat(key.getCellType()).isEqualTo(CellType.STRING);
			// a quote prefix keeps it literal even when a reader edits the cell
			assertThat(key.getCellStyle().getQuotePrefixed()).isTrue();
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
			assertThat(reread.getNumberOfSheets()).isEqualTo(11);
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
			assertThat(workbook.getSheetName(2)).isEqualTo("Table 1 Headline figures");
			assertFigure(row(workbook.getSheet("Table 1 Headline figures"), "Certificate notification-commitment cases"),
					3, 1600, "#,##0");
		}
	}

	private static void assertFigure(Row row, int column, double value, String format) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell cell = row.getCell(1);
			if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row labelled " + label + " on " + sheet.getSheetName());
	}

	private static Cell find(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
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
				texts.add(cell.getStringCellValue());
			}
		}
		return texts;
	}

	private static long pictures(Sheet sheet) {
		XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
		return (drawing == null) ? 0 : drawing.getShapes().stream().filter(XSSFPicture.class::isInstance).count();
	}


}
