package org.annualstats.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
	public FileFormat read(ExportInput input, RowHandler handler) throws IOException {
		Path file = input.copy();
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
			Sheet sheet = firstVisibleSheet(workbook);
			boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
			handler.sheet(sheet.getSheetName(), date1904);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(text(row.getCell(c), date1904));
				}
				if (!handler.row(row.getRowNum() + 1L, cells)) {
					break;
				}
			}
			return new FileFormat(null, null, sheet.getSheetName());
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
