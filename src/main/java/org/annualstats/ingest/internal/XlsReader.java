package org.annualstats.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Legacy {@code .xls} through HSSF. An .xls holds at most 65,536 rows, so loading the workbook is
 * bounded; formula cells give their cached results.
 */
class XlsReader implements RowReader {

	@Override
	public RowCursor open(ExportInput input) throws IOException {
		Path file = input.copy();
		POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
		try {
			HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false);
			return new Cursor(fs, workbook, firstVisibleSheet(workbook),
					workbook.getInternalWorkbook().isUsing1904DateWindowing());
		}
		catch (IOException | RuntimeException ex) {
			fs.close();
			throw ex;
		}
	}

	private static final class Cursor implements RowCursor {

		private final POIFSFileSystem fs;

		private final HSSFWorkbook workbook;

		private final Sheet sheet;

		private final Iterator<Row> rows;

		private final boolean date1904;

		private Row current;

		Cursor(POIFSFileSystem fs, HSSFWorkbook workbook, Sheet sheet, boolean date1904) {
			this.fs = fs;
			this.workbook = workbook;
			this.sheet = sheet;
			this.rows = sheet.iterator();
			this.date1904 = date1904;
		}

		@Override
		public FileFormat format() {
			return new FileFormat(null, null, this.sheet.getSheetName());
		}

		@Override
		public boolean date1904() {
			return this.date1904;
		}

		@Override
		public boolean next() {
			if (!this.rows.hasNext()) {
				return false;
			}
			this.current = this.rows.next();
			return true;
		}

		@Override
		public long rowNumber() {
			return this.current.getRowNum() + 1L;
		}

		@Override
		public List<String> cells() {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < this.current.getLastCellNum(); c++) {
				cells.add(text(this.current.getCell(c), this.date1904));
			}
			return cells;
		}

		@Override
		public void close() throws IOException {
			try (this.fs) {
				this.workbook.close();
			}
		}

	}

	private static Sheet firstVisibleSheet(HSSFWorkbook workbook) throws IOException {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				return workbook.getSheetAt(i);
			}
		}
		throw new IOException("the workbook has no visible sheet");
	}

	private static String text(Cell cell, boolean date1904) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case NUMERIC -> CellText.number(cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell), date1904);
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

}
