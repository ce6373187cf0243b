package org.annualstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * Writes the committed corpus of hostile export files under
 * {@code src/test/resources/org/annualstats/ingest/hostile/}. Run it again only to change the corpus;
 * the files are committed so that a test reads exactly what a broken source system once produced.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.annualstats.ingest.HostileFilesWriter
 * </pre>
 */
public final class HostileFilesWriter {

	/** The header of the {@code case} source every workbook of the corpus uses. */
	static final String[] CASE_HEADER = { "案件编号", "案件类别", "立案日期", "涉及人数" };

	/** Good rows in the workbooks with a few bad ones: enough that those stay under the 5 % reject threshold. */
	static final int GOOD_ROWS = 40;

	/** Uncompressed size of the zip bomb's sheet: far beyond POI's 100:1 inflate ratio once deflated. */
	private static final int BOMB_BYTES = 50 * 1024 * 1024;

	private static final Map<Workbook, CellStyle> DATE_STYLES = new IdentityHashMap<>();

	private HostileFilesWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "src/test/resources/org/annualstats/ingest/hostile");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("html-error-page.xls"), htmlErrorPage(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("binary.csv"), binary());
		byte[] valid = validWorkbook();
		Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(valid, valid.length / 2));
		Files.write(folder.resolve("corrupted.xlsx"), corrupted());
		Files.write(folder.resolve("zip-bomb.xlsx"), zipBomb(valid));
		Files.write(folder.resolve("utf16le-bom.csv"), utf16le());
		Files.writeString(folder.resolve("unbalanced-quote.csv"), unbalancedQuote(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("excel-errors.xlsx"), excelErrors());
		Files.write(folder.resolve("merged-cells.xlsx"), mergedCells());
		Files.write(folder.resolve("hidden-first-sheet.xlsx"), hiddenFirstSheet());
		Files.writeString(folder.resolve("impossible-values.csv"), impossibleValues(), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("thousands-separators.csv"), thousandsSeparators(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("date-1904.xlsx"), date1904(new XSSFWorkbook()));
		Files.write(folder.resolve("date-1904.xls"), date1904(new HSSFWorkbook()));
		Files.writeString(folder.resolve("duplicate-column.csv"), duplicateColumn(), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("beyond-range.csv"), beyondRange(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("long-sheet-name.xlsx"), longSheetName(validWorkbook()));
		Files.writeString(folder.resolve("huge-total.csv"), hugeTotal(), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("formula-text.csv"), formulaText(), StandardCharsets.UTF_8);
		Files.write(folder.resolve("utf8-bom-gbk-row.csv"), utf8BomGbkRow());
	}

	/** What a download from a web front end gives when the session expired: a login page named .xls. */
	static String htmlErrorPage() {
		return """
				<!DOCTYPE html>
				<html lang="zh-CN">
				<head><meta charset="utf-8"><title>会话已过期</title></head>
				<body>
				<h1>500 - 服务器内部错误</h1>
				<p>您的登录会话已过期，请重新登录后再导出。</p>
				<table><tr><td>案件编号</td><td>案件类别</td><td>立案日期</td></tr></table>
				</body>
				</html>
				""";
	}

	/** A PNG header and seeded noise: deterministic, with NUL bytes, quotes and invalid UTF-8 in it. */
	static byte[] binary() {
		byte[] bytes = new byte[4096];
		new Random(20200101L).nextBytes(bytes);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		System.arraycopy(png, 0, bytes, 0, png.length);
		return bytes;
	}

	/** A zip local file header, then garbage where the entries should be. */
	static byte[] corrupted() {
		byte[] bytes = new byte[2048];
		new Random(20200202L).nextBytes(bytes);
		byte[] header = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
		System.arraycopy(header, 0, bytes, 0, header.length);
		return bytes;
	}

	/** A small clean workbook of the case source, the base of the truncated file and the zip bomb. */
	static byte[] validWorkbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("数据");
			row(sheet, 0, (Object[]) CASE_HEADER);
			for (int i = 1; i <= 20; i++) {
				row(sheet, i, "V" + i, "立案查处", "2020-03-" + String.format("%02d", (i % 28) + 1), 1);
			}
			return bytes(workbook);
		}
	}

	/**
	 * The valid workbook with its sheet padded by 50 MB of spaces between two rows: well-formed XML
	 * that inflates about 1000:1, which is what a zip bomb looks like to a reader.
	 */
	static byte[] zipBomb(byte[] valid) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
				ZipOutputStream out = new ZipOutputStream(buffer)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					writePadded(out, new String(content, StandardCharsets.UTF_8));
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return buffer.toByteArray();
	}

	/** Streams the padding so the generator itself needs no 50 MB array. */
	private static void writePadded(OutputStream out, String sheetXml) throws IOException {
		int at = sheetXml.indexOf("<sheetData>") + "<sheetData>".length();
		out.write(sheetXml.substring(0, at).getBytes(StandardCharsets.UTF_8));
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		for (int written = 0; written < BOMB_BYTES; written += spaces.length) {
			out.write(spaces);
		}
		out.write(sheetXml.substring(at).getBytes(StandardCharsets.UTF_8));
	}

	/** What Excel's "Unicode text" export gives: UTF-16LE with a byte order mark, CRLF. */
	static byte[] utf16le() {
		String text = "案件编号,案件类别,立案日期\r\nU1,立案查处,2020-03-02\r\nU2,立案查处,2020-04-03\r\n"
				+ "U3,立案查处,2020-05-04\r\n";
		byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);
		return bytes;
	}

	/** Line 3 opens a quote that nothing closes: the rest of the file would become one field. */
	static String unbalancedQuote() {
		StringBuilder text = new StringBuilder("案件编号,案件类别,立案日期\n");
		text.append("Q1,立案查处,2020-03-02\n");
		text.append("Q2,\"立案查处,2020-03-03\n");
		for (int i = 3; i <= 10; i++) {
			text.append("Q").append(i).append(",立案查处,2020-03-").append(String.format("%02d", i)).append('\n');
		}
		return text.toString();
	}

	/**
	 * 40 good rows, then two rows whose counts and dates are formulas (Excel stores their cached
	 * results), then an #N/A in a date and a #DIV/0! in a count.
	 */
	static byte[] excelErrors() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("数据");
			CellStyle dateStyle = dateStyle(workbook);
			row(sheet, 0, (Object[]) CASE_HEADER);
			int r = 1;
			for (int i = 1; i <= GOOD_ROWS; i++) {
				row(sheet, r++, "E" + i, "立案查处", LocalDate.of(2020, 3, 1).plusDays(i), 1);
			}
			Row sixWorkers = row(sheet, r++, "F1", "立案查处", null, null);
			sixWorkers.createCell(2).setCellFormula("DATE(2020,3,4)");
			sixWorkers.getCell(2).setCellStyle(dateStyle);
			sixWorkers.createCell(3).setCellFormula("2*3");
			Row twoWorkers = row(sheet, r++, "F2", "立案查处", LocalDate.of(2020, 3, 5), null);
			twoWorkers.createCell(3).setCellFormula("SUM(D2:D3)");
			Row notAvailable = row(sheet, r++, "X1", "立案查处", null, 1);
			((XSSFCell) notAvailable.createCell(2)).setCellErrorValue(FormulaError.NA);
			Row divByZero = row(sheet, r++, "X2", "立案查处", LocalDate.of(2020, 3, 6), null);
			((XSSFCell) divByZero.createCell(3)).setCellErrorValue(FormulaError.DIV0);
			notAvailable.getCell(2).setCellStyle(dateStyle);
			// what Excel does on save: formula cells carry their last computed value
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			return bytes(workbook);
		}
	}

	/** 45 rows; the category of rows 11–13 is one cell merged down over three rows, as people format reports. */
	static byte[] mergedCells() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("数据");
			row(sheet, 0, (Object[]) CASE_HEADER);
			for (int i = 1; i <= 45; i++) {
				boolean covered = i == 12 || i == 13;
				row(sheet, i, "M" + i, covered ? null : "立案查处", LocalDate.of(2020, 4, 1).plusDays(i), 1);
			}
			sheet.addMergedRegion(new CellRangeAddress(11, 13, 1, 1));
			return bytes(workbook);
		}
	}

	/** A hidden first sheet with records of its own that must not be counted; the data is on the second. */
	static byte[] hiddenFirstSheet() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet decoy = workbook.createSheet("旧数据");
			row(decoy, 0, (Object[]) CASE_HEADER);
			for (int i = 1; i <= 5; i++) {
				row(decoy, i, "HIDDEN-" + i, "立案查处", LocalDate.of(2020, 1, 10).plusDays(i), 9);
			}
			workbook.setSheetHidden(0, true);
			Sheet data = workbook.createSheet("数据");
			row(data, 0, (Object[]) CASE_HEADER);
			for (int i = 1; i <= 3; i++) {
				row(data, i, "H" + i, "立案查处", LocalDate.of(2020, 6, 1).plusDays(i), 2);
			}
			workbook.setActiveSheet(1);
			return bytes(workbook);
		}
	}

	/**
	 * 100 good rows, then an impossible date and three amounts no parser should take: an overflow of
	 * a double, NaN and a doubled minus. 4 of 104 rows stay under the 5 % reject threshold.
	 */
	static String impossibleValues() {
		StringBuilder text = new StringBuilder("案件编号,案件类别,立案日期,追回金额\n");
		for (int i = 1; i <= 100; i++) {
			text.append("G").append(i).append(",立案查处,").append(LocalDate.of(2020, 1, 1).plusDays(i)).append(",100\n");
		}
		text.append("BAD-DATE,立案查处,2020-02-30,100\n");
		text.append("BAD-HUGE,立案查处,2020-03-02,1e309\n");
		text.append("BAD-NAN,立案查处,2020-03-02,NaN\n");
		text.append("BAD-MINUS,立案查处,2020-03-02,--5\n");
		return text.toString();
	}

	/**
	 * 100 good rows whose counts and amounts use thousands separators in groups of three (and one
	 * {@code -0}), then four numbers whose commas are not thousands separators: a decimal comma, and
	 * commas between single digits. 4 of 106 rows stay under the 5 % reject threshold.
	 */
	static String thousandsSeparators() {
		StringBuilder text = new StringBuilder("案件编号,案件类别,立案日期,涉及人数,追回金额\n");
		for (int i = 1; i <= 100; i++) {
			text.append("T").append(i).append(",立案查处,2020-03-02,\"1,000\",\"￥1,234.56\"\n");
		}
		text.append("T101,立案查处,2020-03-02,\"1,234,567\",\"1,234,567.89\"\n");
		text.append("T102,立案查处,2020-03-02,-0,-0\n");
		text.append("BAD-DECIMAL-COMMA,立案查处,2020-03-02,1,\"1.234,5\"\n");
		text.append("BAD-DIGITS,立案查处,2020-03-02,\"1,2,3,4\",1\n");
		text.append("BAD-EMPTY-GROUPS,立案查处,2020-03-02,\"2,,,0\",1\n");
		text.append("BAD-SHORT-GROUP,立案查处,2020-03-02,1,\"1,5\"\n");
		return text.toString();
	}

	/**
	 * A workbook in the 1904 date system (Excel for Mac's old default; day 0 is 1904-01-01): three
	 * cases opened on 1 April 2020 in date cells and two opened on 1 July 2020 as bare serial numbers.
	 * Read in the 1900 system, every date falls four years and a day early.
	 */
	static byte[] date1904(Workbook workbook) throws IOException {
		try (workbook) {
			if (workbook instanceof XSSFWorkbook xssf) {
				CTWorkbook ct = xssf.getCTWorkbook();
				(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
			}
			else {
				((DateWindow1904Record) ((HSSFWorkbook) workbook).getInternalWorkbook()
					.findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
			}
			Sheet sheet = workbook.createSheet("数据");
			row(sheet, 0, (Object[]) CASE_HEADER);
			for (int i = 1; i <= 5; i++) {
				LocalDate opened = (i <= 3) ? LocalDate.of(2020, 4, 1) : LocalDate.of(2020, 7, 1);
				Row row = row(sheet, i, "D" + i, "立案查处", null, 1);
				row.createCell(2).setCellValue(DateUtil.getExcelDate(opened.atStartOfDay(), true));
				if (i <= 3) {
					row.getCell(2).setCellStyle(dateStyle(workbook));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A blank 结案日期 column before the real one under its other name, 办结日期: both are closed_on. */
	static String duplicateColumn() {
		StringBuilder text = new StringBuilder("案件编号,案件类别,立案日期,结案日期,办结日期\n");
		for (int i = 1; i <= 3; i++) {
			text.append("K").append(i).append(",立案查处,2020-03-02,,2020-04-0").append(i).append('\n');
		}
		return text.toString();
	}

	/**
	 * 100 good rows, then values no column of the store holds: a count of 10^20, 10^13 万元, the year
	 * 0000 (PostgreSQL has none), and a time of day 99:99. 4 of 104 rows stay under the 5 % threshold.
	 */
	static String beyondRange() {
		StringBuilder text = new StringBuilder("案件编号,案件类别,立案日期,涉及人数,追回金额(万元)\n");
		for (int i = 1; i <= 100; i++) {
			text.append("G").append(i).append(",立案查处,").append(LocalDate.of(2020, 1, 1).plusDays(i)).append(",1,1\n");
		}
		text.append("HUGE-COUNT,立案查处,2020-03-02,100000000000000000000,1\n");
		text.append("HUGE-AMOUNT,立案查处,2020-03-02,1,10000000000000\n");
		text.append("YEAR-ZERO,立案查处,0000-03-02,1,1\n");
		text.append("NO-SUCH-TIME,立案查处,2020-03-02 99:99,1,1\n");
		return text.toString();
	}

	/** The valid workbook with its sheet renamed to 300 characters, which Excel would refuse to write. */
	static byte[] longSheetName(byte[] valid) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid));
				ZipOutputStream out = new ZipOutputStream(buffer)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/workbook.xml")) {
					content = new String(content, StandardCharsets.UTF_8)
						.replace("name=\"数据\"", "name=\"" + "数据".repeat(150) + "\"")
						.getBytes(StandardCharsets.UTF_8);
				}
				out.write(content);
				out.closeEntry();
			}
		}
		return buffer.toByteArray();
	}

	/** Two cases, then a 合计 row declaring 10^24 元: more than a control total of the store holds. */
	static String hugeTotal() {
		return "案件编号,案件类别,立案日期,追回金额\nS1,立案查处,2020-03-02,1\nS2,立案查处,2020-03-02,1\n合计,,,"
				+ "1" + "0".repeat(24) + "\n";
	}

	/**
	 * Permits whose text a spreadsheet would run as formulas: an item code that is a DDE command (a
	 * member of the by-item figures), a key starting with {@code +} twice (a duplicate finding) and a
	 * channel starting with {@code @} (a rejected row), among 40 good rows.
	 */
	static String formulaText() {
		StringBuilder text = new StringBuilder("办件编号,事项编码,受理日期,申请方式\n");
		for (int i = 1; i <= 40; i++) {
			text.append("P").append(i).append(",RS-XK-001,2020-03-02,网上\n");
		}
		text.append("DDE,\"=cmd|' /C calc'!A0\",2020-03-02,网上\n");
		text.append("+1-2,RS-XK-001,2020-03-02,网上\n");
		text.append("+1-2,RS-XK-001,2020-03-02,网上\n");
		text.append("AT,RS-XK-001,2020-03-02,@SUM(1+1)\n");
		return text.toString();
	}

	/** A UTF-8 export with a byte order mark and one row pasted in from a GBK file. */
	static byte[] utf8BomGbkRow() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		StringBuilder text = new StringBuilder("\uFEFF案件编号,案件类别,立案日期\n");
		for (int i = 1; i <= GOOD_ROWS; i++) {
			text.append(String.format("C%02d,立案查处,2020-03-02\n", i));
		}
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("G1,立案查处,2020-03-02\n".getBytes(java.nio.charset.Charset.forName("GBK")));
		return bytes.toByteArray();
	}

	/** Text cells, {@link LocalDate} date cells (ISO text until styled), numbers; {@code null} leaves the cell out. */
	private static Row row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value instanceof LocalDate date) {
				row.createCell(c).setCellValue(date);
				row.getCell(c).setCellStyle(dateStyle(sheet.getWorkbook()));
			}
			else if (value instanceof Number number) {
				row.createCell(c).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(c).setCellValue(value.toString());
			}
		}
		return row;
	}

	/** One date style per workbook, as Excel stores it: a style per cell would bloat the file. */
	private static CellStyle dateStyle(Workbook workbook) {
		return DATE_STYLES.computeIfAbsent(workbook, (w) -> {
			CellStyle style = w.createCellStyle();
			style.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
			return style;
		});
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
