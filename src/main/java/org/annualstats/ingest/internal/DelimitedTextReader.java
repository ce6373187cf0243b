package org.annualstats.ingest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and tab-separated text: detects a byte order mark and the delimiter (comma or tab) from the
 * first 64 KB, decodes the whole file strictly ({@link StrictTextDecoder}) and streams records with
 * Commons CSV, all in one pass over the file's bytes.
 */
class DelimitedTextReader implements RowReader {

	private static final int SAMPLE_BYTES = StrictTextDecoder.WINDOW_BYTES;

	@Override
	public RowCursor open(ExportInput input) throws IOException {
		InputStream in = new BufferedInputStream(input.open(), SAMPLE_BYTES);
		try {
			in.mark(SAMPLE_BYTES);
			byte[] sample = in.readNBytes(SAMPLE_BYTES);
			in.reset();
			int bomLength = bomLength(sample);
			if (bomLength != 2 && looksBinary(sample)) {
				throw new IOException("binary content, not text");
			}
			Charset bomCharset = bomCharset(sample, bomLength);
			// ASCII bytes stand for themselves in UTF-8 and GB18030 alike, and so does the delimiter
			char delimiter = detectDelimiter(new String(sample, bomLength, sample.length - bomLength,
					(bomLength == 2) ? bomCharset : StandardCharsets.ISO_8859_1));
			in.skipNBytes(bomLength);
			StrictTextDecoder decoder = new StrictTextDecoder(in, bomCharset, bomLength);
			RecordLengthGuard guard = new RecordLengthGuard(decoder);
			BufferedReader reader = new BufferedReader(guard, SAMPLE_BYTES);
			CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			return new Cursor(csv.parse(reader), in, guard, decoder, bomLength, delimiter);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private static final class Cursor implements RowCursor {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final InputStream in;

		private final RecordLengthGuard guard;

		private final StrictTextDecoder decoder;

		private final int bomLength;

		private final char delimiter;

		private CSVRecord current;

		Cursor(CSVParser parser, InputStream in, RecordLengthGuard guard, StrictTextDecoder decoder, int bomLength,
				char delimiter) {
			this.parser = parser;
			this.records = parser.iterator();
			this.in = in;
			this.guard = guard;
			this.decoder = decoder;
			this.bomLength = bomLength;
			this.delimiter = delimiter;
		}

		/** The encoding is known once the decoder met the first byte beyond ASCII, or the end. */
		@Override
		public FileFormat format() {
			return new FileFormat(this.decoder.charset().name() + ((this.bomLength > 0) ? " (BOM)" : ""),
					(this.delimiter == '\t') ? "tab" : ",", null);
		}

		@Override
		public boolean next() throws IOException {
			try {
				if (!this.records.hasNext()) {
					return false;
				}
				this.current = this.records.next();
			}
			catch (UncheckedIOException ex) {
				// the parser's iterator wraps read failures, e.g. an unbalanced quote at the end of the file
				throw ex.getCause();
			}
			this.guard.recordRead(this.current.getRecordNumber());
			return true;
		}

		@Override
		public long rowNumber() {
			return this.current.getRecordNumber();
		}

		@Override
		public List<String> cells() {
			return this.current.toList();
		}

		/** The digest covers the whole file even when the rows were not all taken. */
		@Override
		public void close() throws IOException {
			try {
				this.in.transferTo(OutputStream.nullOutputStream());
			}
			finally {
				this.parser.close();
			}
		}

	}

	private static Charset bomCharset(byte[] sample, int bomLength) {
		return switch (bomLength) {
			case 2 -> ((sample[0] & 0xFF) == 0xFF) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
			case 3 -> StandardCharsets.UTF_8;
			default -> null;
		};
	}

	private static int bomLength(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return 3;
		}
		if (b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
				|| ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF))) {
			return 2;
		}
		return 0;
	}

	/** Text exports have no NUL and almost no other control bytes; images, zips and executables do. */
	private static boolean looksBinary(byte[] sample) {
		int control = 0;
		for (byte b : sample) {
			if (b == 0) {
				return true;
			}
			if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
				control++;
			}
		}
		return control > sample.length / 100;
	}

	/** The delimiter that occurs more often outside quotes in the first lines. */
	static char detectDelimiter(String text) {
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		int lines = 0;
		for (int i = 0; i < text.length() && lines < 50; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == '\t') {
				tabs++;
			}
			else if (!quoted && c == '\n') {
				lines++;
			}
		}
		return (tabs > commas) ? '\t' : ',';
	}

}
