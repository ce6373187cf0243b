package org.annualstats.ingest.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows of a workbook carry the cells that hold something, whatever formatting lies beyond them. */
class XlsxReaderTests {

	@TempDir
	Path work;

	/** A cell of empty text in the last column (XFD) on every row, as some exports write. */
	@Test
	void blankCellsInColumnXfdAddNothingToTheRows() throws Exception {
		Path file = this.work.resolve("blank-xfd.xlsx");
		int lastColumn = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle bordered = workbook.createCellStyle();
			bordered.setBorderBottom(BorderStyle.THIN);
			Sheet sheet = workbook.createSheet("cases");
			for (int r = 0; r <= 1000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue((r == 0) ? "案件编号" : "C" + r);
				row.createCell(2).setCellValue((r == 0) ? "立案日期" : "2020-03-02");
				row.createCell(lastColumn).setCellValue("");
				row.createCell(lastColumn - 1).setCellStyle(bordered);
			}
			workbook.write(out);
		}
		List<List<String>> rows = new ArrayList<>();
		try (ExportInput input = new ExportInput(file); RowCursor cursor = new XlsxReader().open(input)) {
			while (cursor.next()) {
				rows.add(cursor.cells());
			}
		}
		assertThat(rows).hasSize(1001);
		assertThat(rows.get(0)).containsExactly("案件编号", "", "立案日期");
		assertThat(rows).allSatisfy((cells) -> assertThat(cells).hasSize(3));
	}

}
