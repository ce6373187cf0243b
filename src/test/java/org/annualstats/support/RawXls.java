package org.annualstats.support;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a {@code .xls} whose sheet a test composes record by record, for what POI's user model
 * cannot write: cells out of row order, or a sheet bigger than the user model would hold in memory.
 * A workbook written by HSSF gives everything else (styles, shared strings, the sheet's settings).
 */
public final class RawXls {

	private static final int BOF = 0x0809;

	private static final int EOF = 0x000A;

	private static final int INDEX = 0x020B;

	private static final int DIMENSIONS = 0x0200;

	private static final int WINDOW2 = 0x023E;

	/**
	 * The records a sheet keeps in its row blocks: ROW, BLANK, BOOLERR, FORMULA, LABEL, LABELSST,
	 * MULBLANK, MULRK, NUMBER, RK, STRING, SHRFMLA, ARRAY, TABLE and DBCELL.
	 */
	private static final Set<Integer> ROW_BLOCK = Set.of(0x0208, 0x0201, 0x0205, 0x0006, 0x0204, 0x00FD, 0x00BE,
			0x00BD, 0x0203, 0x027E, 0x0207, 0x04BC, 0x0221, 0x0236, 0x00D7);

	private RawXls() {
	}

	/** One BIFF record as stored: its type and its bytes. */
	public record Raw(int sid, byte[] data) {

		/** The row of a row or cell record. */
		public int row() {
			return ByteBuffer.wrap(this.data).order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFF;
		}

		/** The (first) column of a cell record. */
		public int column() {
			return ByteBuffer.wrap(this.data).order(ByteOrder.LITTLE_ENDIAN).getShort(2) & 0xFFFF;
		}

		public boolean isRow() {
			return this.sid == 0x0208;
		}

	}

	/** Composes the rows of the sheet, given those the template has. */
	@FunctionalInterface
	public interface SheetComposer {

		void compose(List<Raw> templateRows, Cells cells) throws IOException;

	}

	/**
	 * Copies the template's {@code Workbook} stream into {@code target}, with the row blocks of its
	 * first sheet replaced by the records {@code composer} writes and no INDEX record (its offsets
	 * would point into the old row blocks).
	 */
	public static void write(Path template, Path target, SheetComposer composer) throws IOException {
		Path stream = Files.createTempFile(target.getParent(), "workbook-", ".biff");
		try {
			List<Raw> globalsAndSheetStart = new ArrayList<>();
			List<Raw> templateRows = new ArrayList<>();
			List<Raw> rest = new ArrayList<>();
			readTemplate(template, globalsAndSheetStart, templateRows, rest);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream), 1 << 16)) {
				Cells cells = new Cells(out);
				int dimensionsAt = -1;
				for (Raw record : globalsAndSheetStart) {
					if (record.sid() == DIMENSIONS) {
						dimensionsAt = cells.position();
						cells.record(DIMENSIONS, new byte[14]);
					}
					else {
						cells.record(record.sid(), record.data());
					}
				}
				composer.compose(templateRows, cells);
				boolean sheetEnded = false;
				for (Raw record : rest) {
					if (!sheetEnded && record.sid() == EOF) {
						for (Raw late : cells.atSheetEnd) {
							cells.record(late.sid(), late.data());
						}
						sheetEnded = true;
					}
					cells.record(record.sid(), record.data());
				}
				out.flush();
				cells.finish(stream, dimensionsAt);
			}
			try (POIFSFileSystem fs = new POIFSFileSystem();
					InputStream in = new BufferedInputStream(Files.newInputStream(stream), 1 << 16);
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
				fs.createDocument(in, "Workbook");
				fs.writeFilesystem(out);
			}
		}
		finally {
			Files.delete(stream);
		}
	}

	/** Splits the stream at the first sheet's row blocks (or, without rows, at its WINDOW2). */
	private static void readTemplate(Path template, List<Raw> before, List<Raw> rows, List<Raw> after)
			throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(template.toFile(), true);
				DataInputStream in = new DataInputStream(
						new BufferedInputStream(fs.getRoot().createDocumentInputStream("Workbook")))) {
			int substreams = 0;
			int depth = 0;
			List<Raw> target = before;
			while (true) {
				int sid;
				try {
					sid = Short.reverseBytes(in.readShort()) & 0xFFFF;
				}
				catch (EOFException ex) {
					break;
				}
				byte[] data = new byte[Short.reverseBytes(in.readShort()) & 0xFFFF];
				in.readFully(data);
				if (sid == BOF && depth++ == 0) {
					substreams++;
				}
				boolean firstSheet = substreams == 2 && depth == 1;
				if (sid == EOF) {
					depth--;
				}
				if (firstSheet && target != after && ROW_BLOCK.contains(sid)) {
					rows.add(new Raw(sid, data));
					target = rows;
				}
				else if (firstSheet && sid == INDEX) {
					continue;
				}
				else {
					if (target == rows || (firstSheet && sid == WINDOW2)) {
						target = after;
					}
					target.add(new Raw(sid, data));
				}
			}
		}
	}

	/** Writes records of the sheet: rows, numbers, shared strings, runs of whole numbers. */
	public static final class Cells {

		private final OutputStream out;

		private final ByteBuffer header = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);

		private final List<Raw> atSheetEnd = new ArrayList<>();

		private int position;

		private int lastRow = -1;

		private int lastColumn = -1;

		Cells(OutputStream out) {
			this.out = out;
		}

		int position() {
			return this.position;
		}

		/** A record as it is, e.g. one the template has. */
		public void record(int sid, byte[] data) throws IOException {
			this.header.clear();
			this.header.putShort((short) sid).putShort((short) data.length);
			this.out.write(this.header.array());
			this.out.write(data);
			this.position += 4 + data.length;
		}

		/** A record to write at the end of the sheet, after its settings (where a sheet keeps embedded charts). */
		public void atSheetEnd(int sid, byte[] data) {
			this.atSheetEnd.add(new Raw(sid, data));
		}

		/** A record of the template's rows as it is; DBCELL records are left out (their offsets would be stale). */
		public void raw(Raw record) throws IOException {
			if (record.sid() == 0x00D7) {
				return;
			}
			if (record.sid() == 0x00BD || record.sid() == 0x00BE) {
				cellAt(record.row(), ByteBuffer.wrap(record.data())
					.order(ByteOrder.LITTLE_ENDIAN)
					.getShort(record.data().length - 2) & 0xFFFF);
			}
			else if (!record.isRow() && record.sid() != 0x0207 && record.sid() != 0x04BC && record.sid() != 0x0221
					&& record.sid() != 0x0236) {
				cellAt(record.row(), record.column());
			}
			record(record.sid(), record.data());
		}

		/** A ROW record: columns {@code 0..lastColumn}, default height. */
		public void row(int row, int lastColumn) throws IOException {
			record(0x0208, buffer(16).putShort((short) row)
				.putShort((short) 0)
				.putShort((short) (lastColumn + 1))
				.putShort((short) 0xFF)
				.putShort((short) 0)
				.putShort((short) 0)
				.putInt(0x000F0100)
				.array());
		}

		/** A LABELSST cell: the shared string at {@code index}, in the default cell format. */
		public void text(int row, int column, int index) throws IOException {
			cellAt(row, column);
			record(0x00FD, buffer(10).putShort((short) row)
				.putShort((short) column)
				.putShort((short) 15)
				.putInt(index)
				.array());
		}

		/** A NUMBER cell in the cell format {@code xf}. */
		public void number(int row, int column, int xf, double value) throws IOException {
			cellAt(row, column);
			record(0x0203, buffer(14).putShort((short) row)
				.putShort((short) column)
				.putShort((short) xf)
				.putDouble(value)
				.array());
		}

		/** A MULRK record: whole numbers in adjacent cells from {@code firstColumn}, as Excel stores them. */
		public void wholeNumbers(int row, int firstColumn, int xf, int... values) throws IOException {
			int last = firstColumn + values.length - 1;
			cellAt(row, last);
			ByteBuffer data = buffer(6 + 6 * values.length).putShort((short) row).putShort((short) firstColumn);
			for (int value : values) {
				data.putShort((short) xf).putInt((value << 2) | 0x02);
			}
			record(0x00BD, data.putShort((short) last).array());
		}

		/** A MULBLANK record: cells formatted with {@code xf} but empty, from {@code firstColumn} to {@code lastColumn}. */
		public void blanks(int row, int firstColumn, int lastColumn, int xf) throws IOException {
			cellAt(row, lastColumn);
			ByteBuffer data = buffer(6 + 2 * (lastColumn - firstColumn + 1)).putShort((short) row)
				.putShort((short) firstColumn);
			for (int c = firstColumn; c <= lastColumn; c++) {
				data.putShort((short) xf);
			}
			record(0x00BE, data.putShort((short) lastColumn).array());
		}

		private static ByteBuffer buffer(int size) {
			return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		}

		private void cellAt(int row, int column) {
			this.lastRow = Math.max(this.lastRow, row);
			this.lastColumn = Math.max(this.lastColumn, column);
		}

		/** Writes the DIMENSIONS record in place, now that the used range is known. */
		void finish(Path stream, int dimensionsAt) throws IOException {
			if (dimensionsAt < 0) {
				return;
			}
			byte[] dimensions = buffer(14).putInt(0)
				.putInt(this.lastRow + 1)
				.putShort((short) 0)
				.putShort((short) (this.lastColumn + 1))
				.putShort((short) 0)
				.array();
			try (FileChannel channel = FileChannel.open(stream, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(dimensions), dimensionsAt + 4L);
			}
		}

	}

}
