package org.annualstats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small export files the way the source systems do, for tests: text in a chosen encoding,
 * workbooks with title rows, date cells and hidden sheets. A cell given as a {@link LocalDate}
 * becomes a real date cell, a {@link Number} a numeric cell, anything else text.
 */
public final class ExportFiles {

	private ExportFiles() {
	}

	public static Path text(Path file, Charset charset, String content) throws IOException {
		Files.createDirectories(file.getParent());
		Files.write(file, content.getBytes(charset));
		return file;
	}

	public static Path utf8(Path file, String... lines) throws IOException {
		return text(file, java.nio.charset.StandardCharsets.UTF_8, String.join("\n", lines) + "\n");
	}

	/** A workbook whose first sheet has a title merged across the header, then the rows. */
	public static Path workbook(Path file, String title, List<List<Object>> rows) throws IOException {
		return workbook(file, title, rows, false);
	}

	/** @param hiddenFirstSheet put a hidden decoy sheet before the data sheet */
	public static Path workbook(Path file, String title, List<List<Object>> rows, boolean hiddenFirstSheet)
			throws IOException {
		Files.createDirectories(file.getParent());
		try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
			if (hiddenFirstSheet) {
				Sheet decoy = workbook.createSheet("说明");
				decoy.createRow(0).createCell(0).setCellValue("这是隐藏的说明页");
				workbook.setSheetHidden(0, true);
			}
			Sheet sheet = workbook.createSheet("数据");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			int r = 0;
			if (title != null) {
				sheet.createRow(r++).createCell(0).setCellValue(title);
				sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, rows.get(0).size() - 1)));
			}
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof LocalDate date) {
						row.createCell(c).setCellValue(date);
						row.getCell(c).setCellStyle(dateStyle);
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
