package org.annualstats.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.annualstats.support.RawXls;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.util.LittleEndianInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.tuple;

/** Rows of a legacy {@code .xls} as the sheet holds them: every kind of cell, in row order. */
class XlsReaderTests {

	@TempDir
	Path work;

	@Test
	void readsTheFirstSheetThatIsNeitherHiddenNorVeryHidden() throws Exception {
		Path file = write((workbook) -> {
			workbook.createSheet("旧数据").createRow(0).createCell(0).setCellValue("hidden");
			workbook.createSheet("内部").createRow(0).createCell(0).setCellValue("very hidden");
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("visible");
			workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("later");
			workbook.setActiveSheet(2);
			workbook.setSheetHidden(0, true);
			workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
		});
		Read read = read(file);
		assertThat(read.sheet()).isEqualTo("数据");
		assertThat(read.rows()).extracting(ReadRow::cells).containsExactly(List.of("visible"));
	}

	@Test
	void aWorkbookWithoutVisibleSheetCannotBeRead() throws Exception {
		Path file = write((workbook) -> {
			workbook.createSheet("a").createRow(0).createCell(0).setCellValue("x");
			workbook.createSheet("b").createRow(0).createCell(0).setCellValue("y");
			workbook.setSheetHidden(0, true);
			workbook.setSheetHidden(1, true);
		});
		assertThatIOException().isThrownBy(() -> read(file)).withMessageContaining("no visible sheet");
	}

	/** Numbers as plain decimals, dates as ISO text by their format, booleans, errors and blanks. */
	@Test
	void rendersEveryKindOfCell() throws Exception {
		Path file = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			CellStyle builtinDate = style(workbook, "m/d/yy");
			CellStyle chineseDate = style(workbook, "yyyy\"年\"m\"月\"d\"日\"");
			CellStyle dateTime = style(workbook, "yyyy-mm-dd hh:mm");
			CellStyle bordered = workbook.createCellStyle();
			bordered.setBorderBottom(BorderStyle.THIN);
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("文本");
			row.createCell(1).setCellValue(42);
			row.createCell(2).setCellValue(1234.5);
			row.createCell(3).setCellValue(1e20);
			row.createCell(4).setCellValue(LocalDate.of(2020, 3, 5));
			row.getCell(4).setCellStyle(builtinDate);
			row.createCell(5).setCellValue(LocalDate.of(2020, 12, 31));
			row.getCell(5).setCellStyle(chineseDate);
			row.createCell(6).setCellValue(LocalDateTime.of(2020, 3, 5, 8, 30));
			row.getCell(6).setCellStyle(dateTime);
			row.createCell(7).setCellValue(-1);
			row.getCell(7).setCellStyle(chineseDate);
			row.createCell(8).setCellValue(true);
			row.createCell(9).setCellErrorValue(FormulaError.NA.getCode());
			row.createCell(11).setCellStyle(bordered);
			row.createCell(12).setCellValue(0.1 + 0.2);
			row.createCell(14).setCellStyle(bordered);
		});
		assertThat(read(file).rows()).singleElement()
			.extracting(ReadRow::cells)
			.isEqualTo(List.of("文本", "42", "1234.5", "100000000000000000000", "2020-03-05", "2020-12-31",
					"2020-03-05T08:30", "-1", "true", "#N/A", "", "", "0.30000000000000004", "", ""));
	}

	/** What Excel computed last: numbers (a date by the cell's format), text, booleans and errors. */
	@Test
	void formulaCellsGiveTheirCachedValues() throws Exception {
		Path file = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellFormula("2*3");
			row.createCell(1).setCellFormula("DATE(2020,3,4)");
			row.getCell(1).setCellStyle(style(workbook, "yyyy-mm-dd"));
			row.createCell(2).setCellFormula("\"立案\"&\"查处\"");
			row.createCell(3).setCellFormula("1>0");
			row.createCell(4).setCellFormula("1/0");
			row.createCell(5).setCellFormula("\"\"");
			row.createCell(6).setCellValue("后");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
		assertThat(read(file).rows()).singleElement()
			.extracting(ReadRow::cells)
			.isEqualTo(List.of("6", "2020-03-04", "立案查处", "true", "#DIV/0!", "", "后"));
	}

	/** Row numbers as a spreadsheet shows them; a row with a ROW record but no cells is an empty row. */
	@Test
	void rowsComeInOrderWithTheirNumbers() throws Exception {
		Path file = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < 200; r++) {
				if (r % 11 == 5) {
					continue;
				}
				Row row = sheet.createRow(r);
				if (r % 7 != 3) {
					row.createCell(r % 4).setCellValue("R" + r);
				}
			}
		});
		List<ReadRow> rows = read(file).rows();
		List<ReadRow> expected = new ArrayList<>();
		for (int r = 0; r < 200; r++) {
			if (r % 11 != 5) {
				List<String> cells = new ArrayList<>();
				if (r % 7 != 3) {
					for (int c = 0; c < r % 4; c++) {
						cells.add("");
					}
					cells.add("R" + r);
				}
				expected.add(new ReadRow(r + 1L, cells));
			}
		}
		assertThat(rows).isEqualTo(expected);
	}

	/**
	 * Some writers store cells in the order a program wrote them, column after column: the rows
	 * still come whole and in order.
	 */
	@Test
	void cellsStoredColumnAfterColumnMakeTheSameRows() throws Exception {
		Path ordered = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < 100; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("K" + r);
				row.createCell(1).setCellValue(r);
				row.createCell(2).setCellValue((r % 3 == 0) ? "甲" : "乙");
			}
		});
		Path columnWise = this.work.resolve("column-wise.xls");
		RawXls.write(ordered, columnWise, (rows, cells) -> {
			List<RawXls.Raw> byColumn = new ArrayList<>(rows.stream().filter((r) -> !r.isRow()).toList());
			byColumn.sort(Comparator.comparingInt(RawXls.Raw::column).thenComparing(RawXls.Raw::row));
			for (RawXls.Raw record : byColumn) {
				cells.raw(record);
			}
		});
		assertThat(read(columnWise).rows()).isEqualTo(read(ordered).rows()).hasSize(100);
	}

	/** The shared string table runs over CONTINUE records, one string across the boundary. */
	@Test
	void sharedStringsAcrossContinueRecords() throws Exception {
		String long1 = "劳动保障监察".repeat(1000);
		Path file = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < 3000; r++) {
				sheet.createRow(r).createCell(0).setCellValue("用人单位名称第" + r + "号");
			}
			sheet.getRow(1500).createCell(1).setCellValue(long1);
		});
		List<ReadRow> rows = read(file).rows();
		assertThat(rows).hasSize(3000);
		assertThat(rows.get(2999).cells()).containsExactly("用人单位名称第2999号");
		assertThat(rows.get(1500).cells()).containsExactly("用人单位名称第1500号", long1);
	}

	@Test
	void datesOfA1904WorkbookCountFromItsOwnDayZero() throws Exception {
		Path file = write((workbook) -> {
			((DateWindow1904Record) workbook.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
				.setWindowing((short) 1);
			Sheet sheet = workbook.createSheet("数据");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2020, 4, 1).atStartOfDay(), true));
			row.getCell(0).setCellStyle(style(workbook, "yyyy-mm-dd"));
		});
		Read read = read(file);
		assertThat(read.date1904()).isTrue();
		assertThat(read.rows()).extracting(ReadRow::number, ReadRow::cells)
			.containsExactly(tuple(1L, List.of("2020-04-01")));
	}

	/** Excel encrypts a workbook protected against changes with its well-known default password. */
	@Test
	void aWorkbookEncryptedWithTheDefaultPasswordIsRead() throws Exception {
		Biff8EncryptionKey.setCurrentUserPassword(Decryptor.DEFAULT_PASSWORD);
		Path file;
		try {
			file = write((workbook) -> {
				Row row = workbook.createSheet("数据").createRow(0);
				row.createCell(0).setCellValue("加密");
				row.createCell(1).setCellValue(7);
			});
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThat(recordAfterFirstBof(file)).as("FILEPASS: the workbook is encrypted").isEqualTo(FilePassRecord.sid);
		assertThat(read(file).rows()).extracting(ReadRow::cells).containsExactly(List.of("加密", "7"));
	}

	/** A chart embedded in a hidden sheet is a substream of its own inside that sheet's. */
	@Test
	void aChartInsideAnEarlierSheetDoesNotShiftTheSheets() throws Exception {
		Path plain = write((workbook) -> {
			workbook.createSheet("图表").createRow(0).createCell(0).setCellValue("chart");
			Sheet data = workbook.createSheet("数据");
			data.createRow(0).createCell(0).setCellValue("案件编号");
			data.createRow(1).createCell(0).setCellValue("C1");
			workbook.setActiveSheet(1);
			workbook.setSheetHidden(0, true);
		});
		Path withChart = this.work.resolve("with-chart.xls");
		RawXls.write(plain, withChart, (rows, cells) -> {
			for (RawXls.Raw record : rows) {
				cells.raw(record);
			}
			// BOF of a chart (BIFF8, type 0x20) and its EOF
			cells.atSheetEnd(0x0809, new byte[] { 0, 6, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
			cells.atSheetEnd(0x000A, new byte[0]);
		});
		Read read = read(withChart);
		assertThat(read.sheet()).isEqualTo("数据");
		assertThat(read.rows()).extracting(ReadRow::cells).containsExactly(List.of("案件编号"), List.of("C1"));
	}

	/** A broken file says what it should have been, not only where POI tripped over it. */
	@Test
	void brokenFilesSayWhatWasExpected() throws Exception {
		Path page = Files.writeString(this.work.resolve("page.xls"), "<html><body>会话已过期</body></html>");
		assertThatIOException().isThrownBy(() -> read(page))
			.withMessageStartingWith("not a readable Excel 97-2003 workbook: ");
		Path whole = write((workbook) -> {
			Sheet sheet = workbook.createSheet("数据");
			for (int r = 0; r < 2000; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
		});
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(this.work.resolve("cut.xls"), Arrays.copyOf(bytes, bytes.length / 2));
		assertThatIOException().isThrownBy(() -> read(cut))
			.withMessageStartingWith("not a readable Excel 97-2003 workbook: ");
	}

	@Test
	void anXlsxNamedXlsIsToldApart() throws Exception {
		Path file = this.work.resolve("renamed.xls");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("数据").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
		}
		assertThatIOException().isThrownBy(() -> read(file)).withMessageContaining("rename it to .xlsx");
	}

	// --- writing and reading

	@FunctionalInterface
	private interface Content {

		void fill(HSSFWorkbook workbook) throws IOException;

	}

	private Path write(Content content) throws IOException {
		Path file = Files.createTempFile(this.work, "book-", ".xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(workbook);
			workbook.write(out);
		}
		return file;
	}

	private static CellStyle style(HSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	record ReadRow(long number, List<String> cells) {
	}

	record Read(String sheet, boolean date1904, List<ReadRow> rows) {
	}

	private static Read read(Path file) throws IOException {
		List<ReadRow> rows = new ArrayList<>();
		try (ExportInput input = new ExportInput(file); RowCursor cursor = new XlsReader().open(input)) {
			while (cursor.next()) {
				rows.add(new ReadRow(cursor.rowNumber(), List.copyOf(cursor.cells())));
			}
			return new Read(cursor.format().sheet(), cursor.date1904(), rows);
		}
	}

	/** The type of the record that follows the workbook stream's first BOF. */
	private static int recordAfterFirstBof(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				InputStream stream = fs.createDocumentInputStream("Workbook")) {
			LittleEndianInputStream in = new LittleEndianInputStream(stream);
			in.readUShort();
			in.skipNBytes(in.readUShort());
			return in.readUShort();
		}
	}

}
