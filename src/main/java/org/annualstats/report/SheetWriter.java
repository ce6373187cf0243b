package org.annualstats.report;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet row by row and keeps what printing needs: the widest text per column (widths
 * are computed here, never with POI's slow auto-size), the header row to repeat and freeze.
 */
class SheetWriter {

	private static final int MAX_COLUMN_CHARS = 60;

	private final Sheet sheet;

	private final WorkbookStyles styles;

	private final int[] widths = new int[32];

	private final List<PendingPicture> pictures = new ArrayList<>();

	private record PendingPicture(int row, byte[] png) {
	}

	private int nextRow;

	private Row row;

	SheetWriter(Sheet sheet, WorkbookStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	SheetWriter title(String title) {
		newRow().createCell(0).setCellValue(title);
		this.row.getCell(0).setCellStyle(this.styles.title);
		this.row.setHeightInPoints(24);
		return this;
	}

	SheetWriter blankRow() {
		newRow();
		return this;
	}

	/** The sheet's main header row, frozen and repeated on every printed page. */
	SheetWriter header(String... names) {
		subHeader(names);
		int headerRow = this.row.getRowNum();
		this.sheet.createFreezePane(0, headerRow + 1);
		this.sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, names.length - 1));
		return this;
	}

	/** The header of a further table on the sheet. */
	SheetWriter subHeader(String... names) {
		newRow();
		for (int i = 0; i < names.length; i++) {
			cell(i, names[i], this.styles.header);
		}
		return this;
	}

	/** A bold caption above a further table. */
	SheetWriter caption(String text) {
		newRow();
		Cell cell = this.row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.caption);
		return this;
	}

	/** A chart image below the current row; placed when the column widths are known. */
	SheetWriter picture(byte[] png, int heightPixels) {
		this.pictures.add(new PendingPicture(this.nextRow, png));
		// default rows are 20 pixels high; one more row of space below the picture
		this.nextRow += heightPixels / 20 + 2;
		return this;
	}

	/** A link to another sheet of the workbook. */
	SheetWriter link(int column, String sheetName) {
		Cell cell = this.row.createCell(column);
		cell.setCellValue(sheetName);
		cell.setCellStyle(this.styles.link);
		Hyperlink link = this.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
		cell.setHyperlink(link);
		track(column, displayWidth(sheetName));
		return this;
	}

	SheetWriter row() {
		newRow();
		return this;
	}

	/** Text; anything that came from an input file goes through here and can never become a formula. */
	SheetWriter text(int column, String value) {
		cell(column, (value != null) ? value : "", formulaLike(value) ? this.styles.literalText : this.styles.text);
		return this;
	}

	SheetWriter number(int column, BigDecimal value, CellStyle style) {
		Cell cell = this.row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			track(column, value.toPlainString().length() + 4);
		}
		return this;
	}

	/** Wrapped text, also never a formula. */
	SheetWriter note(int column, String value) {
		cell(column, (value != null) ? value : "", formulaLike(value) ? this.styles.literalText : this.styles.note);
		return this;
	}

	private static boolean formulaLike(String value) {
		return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
	}

	/**
	 * Column widths from the tracked contents, then the pictures at their natural size, A4 landscape
	 * fit to one page wide, page numbers and the run id in the footer.
	 */
	void finish(String footerLeft, String footerCenter) {
		for (int i = 0; i < this.widths.length; i++) {
			if (this.widths[i] > 0) {
				this.sheet.setColumnWidth(i, Math.min(this.widths[i] + 2, MAX_COLUMN_CHARS) * 256);
			}
		}
		Drawing<?> drawing = this.pictures.isEmpty() ? null : this.sheet.createDrawingPatriarch();
		for (PendingPicture pending : this.pictures) {
			ClientAnchor anchor = this.sheet.getWorkbook().getCreationHelper().createClientAnchor();
			anchor.setCol1(0);
			anchor.setRow1(pending.row());
			int index = this.sheet.getWorkbook().addPicture(pending.png(), Workbook.PICTURE_TYPE_PNG);
			drawing.createPicture(anchor, index).resize();
		}
		this.sheet.getFooter().setLeft(footerLeft);
		this.sheet.getFooter().setCenter(footerCenter);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setAutobreaks(true);
	}

	private void cell(int column, String value, CellStyle style) {
		Cell cell = this.row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		track(column, displayWidth(value));
	}

	private void track(int column, int chars) {
		if (column < this.widths.length) {
			this.widths[column] = Math.max(this.widths[column], chars);
		}
	}

	private Row newRow() {
		this.row = this.sheet.createRow(this.nextRow++);
		return this.row;
	}

	/** Chinese characters take two columns of width. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) > 0x2E80) ? 2 : 1;
		}
		return width;
	}

}
