package org.annualstats.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Legacy {@code .xls} (BIFF8) read record by record with POI's event API, so that memory does not
 * grow with the sheet: what stays in memory is the shared string table, which BIFF8 keeps ahead of
 * every sheet, and the rows whose cells are not all read yet. Reads the first sheet that is neither
 * hidden nor very hidden; formula cells give their cached results.
 * <p>
 * The workbook stream is read twice. The first pass learns the formats, the sheet and the last
 * record of every row; the second hands out each row as soon as its last record is read, in row
 * order, so a file that stores cells column after column still gives whole rows.
 */
class XlsReader implements RowReader {

	@Override
	public RowCursor open(ExportInput input) throws IOException {
		Path file = input.copy();
		POIFSFileSystem fs;
		try {
			// from a file POIFS reads the blocks it is asked for; from a stream it would hold the whole file
			fs = new POIFSFileSystem(file.toFile(), true);
		}
		catch (OfficeXmlFileException ex) {
			throw new IOException("an Excel 2007 or later workbook named .xls; rename it to .xlsx", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable(ex);
		}
		try {
			DirectoryNode root = fs.getRoot();
			String stream = HSSFWorkbook.getWorkbookDirEntryName(root);
			Layout layout;
			try (InputStream in = root.createDocumentInputStream(stream)) {
				layout = Layout.read(new Records(in));
			}
			if (layout != null) {
				return new Cursor(fs, root.createDocumentInputStream(stream), layout);
			}
		}
		catch (IOException | RuntimeException ex) {
			fs.close();
			throw unreadable(ex);
		}
		fs.close();
		throw new IOException("the workbook has no visible sheet");
	}

	/** Says what the file should have been: POI's own message tells only what it tripped over. */
	private static IOException unreadable(Exception ex) {
		return new IOException("not a readable Excel 97-2003 workbook: " + ex.getMessage(), ex);
	}

	/** The row of a record that makes a row or a cell; -1 for any other record. */
	private static int rowOf(Record record) {
		if (record instanceof CellValueRecordInterface cell) {
			return cell.getRow();
		}
		if (record instanceof RowRecord row) {
			return row.getRowNumber();
		}
		if (record instanceof MulBlankRecord blanks) {
			return blanks.getRow();
		}
		return -1;
	}

	/** The records of a workbook stream: its globals first, then those of one sheet. */
	private static final class Records {

		private final RecordFactoryInputStream in;

		private boolean globalsRead;

		private int depth;

		Records(InputStream stream) {
			this.in = new RecordFactoryInputStream(stream, false);
		}

		/** The next record of the globals, which end at the stream's first EOF; {@code null} after them. */
		Record nextGlobal() {
			if (this.globalsRead) {
				return null;
			}
			Record record = this.in.nextRecord();
			if (record == null || record instanceof EOFRecord) {
				this.globalsRead = true;
				return null;
			}
			return record;
		}

		/**
		 * Moves to the sheet at {@code index}, counting worksheets, charts and macro sheets as the
		 * sheet list does; {@code false} when the stream has fewer sheets.
		 */
		boolean toSheet(int index) {
			while (nextGlobal() != null) {
				// the caller took what it needed from the globals
			}
			int sheets = 0;
			for (Record record = this.in.nextRecord(); record != null; record = this.in.nextRecord()) {
				if (record instanceof BOFRecord bof) {
					int type = bof.getType();
					boolean sheet = type == BOFRecord.TYPE_WORKSHEET || type == BOFRecord.TYPE_CHART
							|| type == BOFRecord.TYPE_EXCEL_4_MACRO;
					this.depth = 1;
					if (sheet && sheets++ == index) {
						return true;
					}
					while (this.depth > 0 && nextOfSheet() != null) {
						// another sheet's records
					}
				}
			}
			return false;
		}

		/** The next record of the sheet, not of a chart embedded in it; {@code null} at the sheet's end. */
		Record nextOfSheet() {
			while (this.depth > 0) {
				Record record = this.in.nextRecord();
				if (record == null) {
					this.depth = 0;
				}
				else if (record instanceof BOFRecord) {
					this.depth++;
				}
				else if (record instanceof EOFRecord) {
					this.depth--;
				}
				else if (this.depth == 1) {
					return record;
				}
			}
			return null;
		}

	}

	/** What the first pass learns: the sheet read, the date formats, and where each row ends. */
	private static final class Layout {

		private final List<Integer> formatIndexes = new ArrayList<>();

		private final Map<Integer, String> formats = new HashMap<>();

		private final List<BoundSheetRecord> sheets = new ArrayList<>();

		private boolean date1904;

		private int sheetIndex = -1;

		private boolean[] dateFormatted;

		/** Per row, the ordinal of its last row or cell record; rows without any are not in {@link #rows}. */
		private final int[] lastRecord = new int[SpreadsheetVersion.EXCEL97.getMaxRows()];

		private final BitSet rows = new BitSet();

		/** @return {@code null} when the workbook has no visible sheet */
		static Layout read(Records records) {
			Layout layout = new Layout();
			for (Record record = records.nextGlobal(); record != null; record = records.nextGlobal()) {
				layout.global(record);
			}
			layout.dateFormatted = new boolean[layout.formatIndexes.size()];
			for (int xf = 0; xf < layout.dateFormatted.length; xf++) {
				int index = layout.formatIndexes.get(xf);
				String format = layout.formats.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index));
				layout.dateFormatted[xf] = DateUtil.isADateFormat(index, format);
			}
			for (int i = 0; i < layout.sheets.size() && layout.sheetIndex < 0; i++) {
				if (!layout.sheets.get(i).isHidden() && !layout.sheets.get(i).isVeryHidden()) {
					layout.sheetIndex = i;
				}
			}
			if (layout.sheetIndex < 0 || !records.toSheet(layout.sheetIndex)) {
				return null;
			}
			int ordinal = 0;
			for (Record record = records.nextOfSheet(); record != null; record = records.nextOfSheet()) {
				int row = rowOf(record);
				if (row >= 0) {
					layout.lastRecord[row] = ++ordinal;
					layout.rows.set(row);
				}
			}
			return layout;
		}

		private void global(Record record) {
			if (record instanceof ExtendedFormatRecord xf) {
				this.formatIndexes.add(xf.getFormatIndex() & 0xFFFF);
			}
			else if (record instanceof FormatRecord format) {
				this.formats.put(format.getIndexCode(), format.getFormatString());
			}
			else if (record instanceof DateWindow1904Record window) {
				this.date1904 = window.getWindowing() == 1;
			}
			else if (record instanceof BoundSheetRecord sheet) {
				this.sheets.add(sheet);
			}
		}

		String sheetName() {
			return this.sheets.get(this.sheetIndex).getSheetname();
		}

		/** Whether the cell format {@code xf} shows its number as a date. */
		boolean dateFormatted(int xf) {
			return xf < this.dateFormatted.length && this.dateFormatted[xf];
		}

	}

	/** The second pass: cells gathered into their rows, each row handed out once complete. */
	private static final class Cursor implements RowCursor {

		private final POIFSFileSystem fs;

		private final InputStream stream;

		private final Records records;

		private final Layout layout;

		private String[] sharedStrings = new String[0];

		/** Rows with records read but not all of them, by row index. */
		private final Map<Integer, List<String>> pending = new HashMap<>();

		private int ordinal;

		/** A formula cell whose text result comes in the STRING record after it. */
		private List<String> textOf;

		private int textColumn;

		private boolean started;

		/** The next row to hand out; -1 after the last. */
		private int nextRow;

		private int currentRow;

		private List<String> currentCells;

		Cursor(POIFSFileSystem fs, InputStream stream, Layout layout) {
			this.fs = fs;
			this.stream = stream;
			this.records = new Records(stream);
			this.layout = layout;
		}

		@Override
		public FileFormat format() {
			return new FileFormat(null, null, this.layout.sheetName());
		}

		@Override
		public boolean date1904() {
			return this.layout.date1904;
		}

		@Override
		public boolean next() throws IOException {
			try {
				if (!this.started) {
					start();
					this.started = true;
				}
				if (this.nextRow < 0) {
					return false;
				}
				while (this.textOf != null || this.layout.lastRecord[this.nextRow] > this.ordinal) {
					Record record = this.records.nextOfSheet();
					if (record == null) {
						throw new IOException("the sheet ends inside row " + (this.nextRow + 1));
					}
					take(record);
				}
			}
			catch (IOException | RuntimeException ex) {
				throw unreadable(ex);
			}
			this.currentRow = this.nextRow;
			this.currentCells = this.pending.remove(this.nextRow);
			this.nextRow = this.layout.rows.nextSetBit(this.nextRow + 1);
			return true;
		}

		private void start() {
			for (Record record = this.records.nextGlobal(); record != null; record = this.records.nextGlobal()) {
				if (record instanceof SSTRecord table) {
					// the strings alone: the record also indexes them, twice their size again
					this.sharedStrings = new String[table.getNumUniqueStrings()];
					for (int i = 0; i < this.sharedStrings.length; i++) {
						this.sharedStrings[i] = table.getString(i).getString();
					}
				}
			}
			this.records.toSheet(this.layout.sheetIndex);
			this.nextRow = this.layout.rows.nextSetBit(0);
		}

		private void take(Record record) throws IOException {
			int row = rowOf(record);
			if (row < 0) {
				if (record instanceof StringRecord text && this.textOf != null) {
					this.textOf.set(this.textColumn, text.getString());
					this.textOf = null;
				}
				return;
			}
			if (this.textOf != null) {
				throw new IOException("row " + (row + 1) + ": a text formula's cached value is missing");
			}
			this.ordinal++;
			List<String> cells = this.pending.computeIfAbsent(row, (r) -> new ArrayList<>());
			if (record instanceof MulBlankRecord blanks) {
				for (int c = blanks.getFirstColumn(); c <= blanks.getLastColumn(); c++) {
					put(cells, c, "");
				}
			}
			else if (record instanceof CellValueRecordInterface cell) {
				int column = cell.getColumn() & 0xFFFF;
				put(cells, column, text(cell));
				if (cell instanceof FormulaRecord formula && formula.hasCachedResultString()) {
					this.textOf = cells;
					this.textColumn = column;
				}
			}
		}

		private static void put(List<String> cells, int column, String value) {
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value);
		}

		private String text(CellValueRecordInterface cell) throws IOException {
			if (cell instanceof NumberRecord number) {
				return number(number.getValue(), number.getXFIndex());
			}
			if (cell instanceof LabelSSTRecord label) {
				int index = label.getSSTIndex();
				if (index < 0 || index >= this.sharedStrings.length) {
					throw new IOException("row " + (label.getRow() + 1) + ": a cell refers to shared string " + index
							+ " of " + this.sharedStrings.length);
				}
				return this.sharedStrings[index];
			}
			if (cell instanceof LabelRecord label) {
				return label.getValue();
			}
			if (cell instanceof BoolErrRecord value) {
				return value.isBoolean() ? String.valueOf(value.getBooleanValue())
						: FormulaError.forInt(value.getErrorValue()).getString();
			}
			if (cell instanceof FormulaRecord formula) {
				return switch (formula.getCachedResultTypeEnum()) {
					case NUMERIC -> number(formula.getValue(), formula.getXFIndex());
					case BOOLEAN -> String.valueOf(formula.getCachedBooleanValue());
					case ERROR -> FormulaError.forInt(formula.getCachedErrorValue()).getString();
					default -> "";
				};
			}
			return "";
		}

		private String number(double value, short xf) {
			return CellText.number(value, this.layout.dateFormatted(xf & 0xFFFF), this.layout.date1904);
		}

		@Override
		public long rowNumber() {
			return this.currentRow + 1L;
		}

		@Override
		public List<String> cells() {
			return this.currentCells;
		}

		@Override
		public void close() throws IOException {
			try (this.fs) {
				this.stream.close();
			}
		}

	}

}
