package org.annualstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;

/**
 * Lays out one sheet for A4 landscape paper at 100 %: a grid of column widths designed for the
 * sheet's tables, every row with an explicit height so that this class knows where each page ends.
 * It breaks pages itself so that a table starts where it fits, a chart is never cut, and a table
 * that runs over a page repeats its own header (and only its own) on the next.
 */
class SheetWriter {

	/**
	 * Height available on an A4 landscape page (595 pt) inside 1.5 cm margins, with room for the
	 * footer and for the difference between Excel's, WPS's and LibreOffice's row metrics.
	 */
	static final double PAGE_HEIGHT = 480;

	/** Width of the printable area (842 pt less 1.5 cm margins) in pixels of a column width. */
	static final int PAGE_WIDTH_PIXELS = 1000;

	static final double ROW_HEIGHT = 18;

	private static final double LINE_HEIGHT = 14;

	private static final double MARGIN_INCHES = 1.5 / 2.54;

	private static final double PICTURE_INSET = 3;

	/** Room for the sources line and a note under a table. */
	private static final double TABLE_FOOT = 2 * LINE_HEIGHT + 8;

	/** Width of a character of the default font (Calibri 11) in pixels, as Excel sizes columns. */
	private static final int PIXELS_PER_CHARACTER = 7;

	private final Sheet sheet;

	private final WorkbookStyles styles;

	private final int[] grid;

	private int nextRow;

	private Row row;

	private double used;

	private Header tableHeader;

	/** Rows of the current table announced by its title and written so far, to keep its end together. */
	private int bodyRows;

	private int bodyRowsWritten;

	private double bodyRowHeight = ROW_HEIGHT;

	private Drawing<?> drawing;

	/** The charts laid out on this sheet, placed once rendered. */
	private final List<Runnable> placements = new ArrayList<>();

	/** The header rows of a table: a top row and, for two-level headers, a bottom row. */
	private record Header(int columns, String[] top, String[] bottom) {
	}

	/**
	 * @param grid the width of each column in characters; every table of the sheet is laid on it
	 */
	SheetWriter(Sheet sheet, WorkbookStyles styles, int... grid) {
		this.sheet = sheet;
		this.styles = styles;
		this.grid = grid;
		int pixels = 0;
		for (int i = 0; i < grid.length; i++) {
			sheet.setColumnWidth(i, grid[i] * 256);
			pixels += columnPixels(i);
		}
		if (pixels > PAGE_WIDTH_PIXELS) {
			throw new IllegalArgumentException("Sheet " + sheet.getSheetName() + " is " + pixels
					+ " pixels wide, wider than the page (" + PAGE_WIDTH_PIXELS + ")");
		}
	}

	/** Continues a sheet written before: below its last row, on its last page. */
	static SheetWriter below(Sheet sheet, WorkbookStyles styles, int... grid) {
		SheetWriter out = new SheetWriter(sheet, styles, grid);
		int lastBreak = Arrays.stream(sheet.getRowBreaks()).max().orElse(-1);
		out.nextRow = sheet.getLastRowNum() + 1;
		for (int i = lastBreak + 1; i < out.nextRow; i++) {
			Row row = sheet.getRow(i);
			out.used += (row != null) ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
		}
		return out;
	}

	/**
	 * The frame above a table: 表号, the centred title and the line with 编制单位 and 计量单位. Starts a
	 * new page unless the table (or, for a long table, its start) fits on this one.
	 *
	 * @param unit the unit of the whole table, {@code null} when its rows differ
	 * @param bodyRows the number of rows the table will have, to keep it together
	 */
	SheetWriter tableTitle(String number, String title, String organisation, String unit, int columns,
			int bodyRows) {
		return tableTitle(number, title, organisation, unit, columns, bodyRows, 1);
	}

	/** The frame above a table whose rows take about {@code linesPerRow} lines each. */
	SheetWriter tableTitle(String number, String title, String organisation, String unit, int columns, int bodyRows,
			int linesPerRow) {
		this.bodyRows = bodyRows;
		this.bodyRowsWritten = 0;
		double rowHeight = Math.max(ROW_HEIGHT, linesPerRow * LINE_HEIGHT + 4);
		this.bodyRowHeight = rowHeight;
		double frame = 2 * ROW_HEIGHT + 26 + 2 * 30;
		double whole = frame + bodyRows * rowHeight + 3 * LINE_HEIGHT;
		double start = frame + Math.min(bodyRows, 3) * rowHeight;
		if (whole <= PAGE_HEIGHT ? this.used + whole > PAGE_HEIGHT : this.used + start > PAGE_HEIGHT) {
			pageBreak();
		}
		newRow(ROW_HEIGHT);
		cell(0, number, this.styles.tableNumber);
		newRow(26);
		cell(0, title, this.styles.title);
		mergeAcross(0, columns - 1);
		newRow(ROW_HEIGHT);
		int half = Math.max(1, columns / 2);
		cell(0, organisation, this.styles.unitLeft);
		mergeAcross(0, half - 1);
		if (unit != null) {
			cell(half, unit, this.styles.unitRight);
			mergeAcross(half, columns - 1);
		}
		return this;
	}

	/** A one-row header for the table that follows. */
	SheetWriter header(String... names) {
		return header(new Header(names.length, names, null));
	}

	/**
	 * A two-level header: a {@code null} in {@code top} continues the group to its left; a
	 * {@code null} in {@code bottom} lets the top cell span both rows.
	 */
	SheetWriter header(String[] top, String[] bottom) {
		return header(new Header(top.length, top, bottom));
	}

	private SheetWriter header(Header header) {
		this.tableHeader = header;
		writeHeader(header);
		return this;
	}

	private void writeHeader(Header header) {
		double topHeight = headerHeight(header.top());
		double bottomHeight = (header.bottom() != null) ? headerHeight(header.bottom()) : 0;
		if (this.used + topHeight + bottomHeight + ROW_HEIGHT > PAGE_HEIGHT) {
			pageBreak();
		}
		newRow(topHeight);
		int topRow = this.row.getRowNum();
		for (int i = 0; i < header.columns(); i++) {
			cell(i, (header.top()[i] != null) ? header.top()[i] : "", this.styles.header);
		}
		mergeGroups(topRow, header.top());
		if (header.bottom() == null) {
			return;
		}
		newRow(bottomHeight);
		for (int i = 0; i < header.columns(); i++) {
			cell(i, (header.bottom()[i] != null) ? header.bottom()[i] : "", this.styles.header);
		}
		for (int i = 0; i < header.columns(); i++) {
			if (header.bottom()[i] == null) {
				this.sheet.addMergedRegion(new CellRangeAddress(topRow, topRow + 1, i, i));
			}
		}
	}

	/** Merges each name of a header row with the {@code null}s to its right. */
	private void mergeGroups(int rowNumber, String[] names) {
		for (int i = 0; i < names.length; i++) {
			int last = i;
			while (last + 1 < names.length && names[last + 1] == null) {
				last++;
			}
			if (names[i] != null && last > i) {
				this.sheet.addMergedRegion(new CellRangeAddress(rowNumber, rowNumber, i, last));
			}
		}
	}

	/** Lines of the tallest header cell, for a header row tall enough to show every name. */
	private double headerHeight(String[] names) {
		int lines = 1;
		for (int i = 0; i < names.length; i++) {
			if (names[i] != null) {
				int span = 1;
				while (i + span < names.length && names[i + span] == null) {
					span++;
				}
				lines = Math.max(lines, lines(names[i], i, i + span - 1));
			}
		}
		return lines * LINE_HEIGHT + 8;
	}

	/** Freezes the panes below the current table's header, for sheets that hold one long table. */
	SheetWriter freezeBelowHeader() {
		this.sheet.createFreezePane(0, this.nextRow);
		return this;
	}

	/** A body row of the current table; on a new page the table's header comes first. */
	SheetWriter row() {
		return row(1);
	}

	/** A body row tall enough for {@code lines} lines of wrapped text. */
	SheetWriter row(int lines) {
		double height = Math.max(ROW_HEIGHT, lines * LINE_HEIGHT + 4);
		int left = this.bodyRows - this.bodyRowsWritten++;
		// the last two rows go over with the notes rather than leave the notes alone on a page
		boolean end = left > 0 && left <= 2 && this.bodyRows > 2
				&& this.used + left * this.bodyRowHeight + TABLE_FOOT > PAGE_HEIGHT;
		if (this.used + height > PAGE_HEIGHT || end) {
			pageBreak();
			if (this.tableHeader != null) {
				writeHeader(this.tableHeader);
			}
		}
		newRow(height);
		return this;
	}

	/** A row outside any table (section lines, cover lines, summary tiles) of the given height. */
	SheetWriter line(double height) {
		if (this.used + height > PAGE_HEIGHT) {
			pageBreak();
		}
		newRow(height);
		return this;
	}

	/** The number of lines {@code text} needs in columns {@code first}…{@code last}. */
	int lines(String text, int first, int last) {
		int width = 0;
		for (int i = first; i <= last; i++) {
			width += this.grid[i];
		}
		// a spreadsheet program breaks lines earlier than the character count says: at word and
		// path boundaries, and a Chinese character is a little more than two digits wide
		double perLine = Math.max(1, (width - 1) * 0.85);
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += Math.max(1, (int) Math.ceil(displayWidth(line) / perLine));
		}
		return lines;
	}

	/** Empty space down to {@code bottom} points above the end of the page. */
	SheetWriter fillPage(double bottom) {
		double space = PAGE_HEIGHT - this.used - bottom;
		while (space > 0) {
			double height = Math.min(space, 400);
			newRow(height);
			space -= height;
		}
		return this;
	}

	WorkbookStyles styles() {
		return this.styles;
	}

	/**
	 * The notes (注) and sources (资料来源) under a table, each note once, then a blank line. Ends the
	 * table: its header is no longer repeated.
	 */
	SheetWriter endTable(List<String> notes, String sources, int columns) {
		this.tableHeader = null;
		List<String> lines = new ArrayList<>(notes);
		if (sources != null) {
			lines.add(sources);
		}
		int width = 0;
		for (int i = 0; i < columns; i++) {
			width += this.grid[i];
		}
		for (String text : lines) {
			// broken here rather than by the spreadsheet program: not every one wraps merged cells
			String wrapped = wrap(text, width - 2);
			line(wrapped.split("\n").length * LINE_HEIGHT + 4);
			cell(0, wrapped, this.styles.note);
			mergeAcross(0, columns - 1);
		}
		return gap();
	}

	/**
	 * The text with line breaks so that no line passes {@code width}: between Chinese characters
	 * anywhere, between words only after a space.
	 */
	static String wrap(String text, int width) {
		StringBuilder wrapped = new StringBuilder();
		int line = 0;
		for (String token : text.split("(?<=[ \\u2E80-\\uFFFF])|(?=[\\u2E80-\\uFFFF])")) {
			int tokenWidth = displayWidth(token);
			if (line > 0 && line + tokenWidth > width) {
				wrapped.append('\n');
				line = 0;
			}
			wrapped.append(token);
			line += tokenWidth;
		}
		return wrapped.toString();
	}

	/** A little space between two blocks. */
	SheetWriter gap() {
		if (this.used > 0) {
			newRow(ROW_HEIGHT);
		}
		return this;
	}

	/** A chart, never cut by a page break: it starts a page unless it fits on this one. */
	SheetWriter picture(Picture picture) {
		return pictures(0, picture);
	}

	/**
	 * Charts side by side in one row, the n-th starting at column n × {@code columnStep}, each at its
	 * size in pixels. They are placed by {@link #placePictures()}, once rendered.
	 */
	SheetWriter pictures(int columnStep, Picture... pictures) {
		int heightPixels = 0;
		for (Picture picture : pictures) {
			heightPixels = Math.max(heightPixels, picture.height());
		}
		// the row is a little taller than the picture, which sits inside it: rounding of row heights
		// in a spreadsheet program must never push an edge of it onto the page before
		double height = heightPixels * 0.75 + 2 * PICTURE_INSET;
		if (this.used + height > PAGE_HEIGHT) {
			pageBreak();
		}
		newRow(height);
		for (int n = 0; n < pictures.length; n++) {
			Picture picture = pictures[n];
			int first = n * columnStep;
			ClientAnchor anchor = this.sheet.getWorkbook().getCreationHelper().createClientAnchor();
			anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
			anchor.setRow1(this.row.getRowNum());
			anchor.setDy1((int) (PICTURE_INSET * Units.EMU_PER_POINT));
			anchor.setCol1(first);
			anchor.setRow2(this.row.getRowNum());
			anchor.setDy2((int) ((PICTURE_INSET + picture.height() * 0.75) * Units.EMU_PER_POINT));
			int column = first;
			int left = picture.width();
			while (left > columnPixels(column)) {
				left -= columnPixels(column++);
			}
			anchor.setCol2(column);
			anchor.setDx2(left * Units.EMU_PER_PIXEL);
			this.placements.add(() -> {
				int index = this.sheet.getWorkbook().addPicture(picture.png(), Workbook.PICTURE_TYPE_PNG);
				drawing().createPicture(anchor, index);
			});
		}
		return gap();
	}

	/** Puts the sheet's charts in their places, in the order they were laid out, waiting for each. */
	void placePictures() {
		this.placements.forEach(Runnable::run);
		this.placements.clear();
	}

	private Drawing<?> drawing() {
		if (this.drawing == null) {
			this.drawing = this.sheet.createDrawingPatriarch();
		}
		return this.drawing;
	}

	/** Ends the page here (unless nothing is on it yet). */
	SheetWriter pageBreak() {
		if (this.used > 0) {
			this.sheet.setRowBreak(this.nextRow - 1);
			this.used = 0;
		}
		return this;
	}

	/** A link to another sheet of the workbook. */
	SheetWriter link(int column, String text, String sheetName) {
		Cell cell = cell(column, text, this.styles.link);
		Hyperlink link = this.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
		cell.setHyperlink(link);
		return this;
	}

	/** Text; anything that came from an input file goes through here and can never become a formula. */
	SheetWriter text(int column, String value) {
		return text(column, value, this.styles.text);
	}

	SheetWriter text(int column, String value, CellStyle style) {
		cell(column, (value != null) ? value : "", formulaLike(value) ? this.styles.literalText : style);
		return this;
	}

	/** Text over several columns of the grid. */
	SheetWriter text(int first, int last, String value, CellStyle style) {
		text(first, value, style);
		for (int i = first + 1; i <= last; i++) {
			this.row.createCell(i).setCellStyle(style);
		}
		mergeAcross(first, last);
		return this;
	}

	/** A number, or an empty bordered cell for {@code null}. */
	SheetWriter number(int column, BigDecimal value, CellStyle style) {
		Cell cell = this.row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		return this;
	}

	/** A number over several columns of the grid. */
	SheetWriter number(int first, int last, BigDecimal value, CellStyle style) {
		text(first, last, "", style);
		return number(first, value, style);
	}

	/** "—": no figure for this cell (a month the source does not cover). */
	SheetWriter dash(int column) {
		cell(column, "—", this.styles.centred);
		return this;
	}

	private static boolean formulaLike(String value) {
		return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	/**
	 * Prints on A4 landscape at 100 % (the grid is designed to fit), 1.5 cm margins, centred
	 * across the page, with the footer "编制单位 · 第 N 页 共 M 页".
	 */
	void finish(String footer) {
		this.sheet.getFooter().setCenter(footer);
		PrintSetup print = this.sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setScale((short) 100);
		print.setHeaderMargin(0.3);
		print.setFooterMargin(0.3);
		this.sheet.setFitToPage(false);
		this.sheet.setAutobreaks(false);
		this.sheet.setHorizontallyCenter(true);
		for (short margin : new short[] { Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin,
				Sheet.BottomMargin }) {
			this.sheet.setMargin(margin, MARGIN_INCHES);
		}
	}

	private Cell cell(int column, String value, CellStyle style) {
		Cell cell = this.row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	private void mergeAcross(int first, int last) {
		if (last > first) {
			for (int i = first + 1; i <= last; i++) {
				if (this.row.getCell(i) == null) {
					this.row.createCell(i).setCellStyle(this.row.getCell(first).getCellStyle());
				}
			}
			this.sheet.addMergedRegion(new CellRangeAddress(this.row.getRowNum(), this.row.getRowNum(), first, last));
		}
	}

	private int columnPixels(int column) {
		return (column < this.grid.length) ? this.grid[column] * PIXELS_PER_CHARACTER + 5 : 64;
	}

	private void newRow(double height) {
		this.row = this.sheet.createRow(this.nextRow++);
		this.row.setHeightInPoints((float) height);
		this.used += height;
	}

	/** Chinese characters (and full-width forms) are about twice as wide as digits. */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += (text.charAt(i) > 0x2E80) ? 2 : 1;
		}
		return width;
	}

}
