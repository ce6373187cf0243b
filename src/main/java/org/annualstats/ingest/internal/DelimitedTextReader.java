package org.annualstats.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and tab-separated text: detects the encoding (BOM, else strict UTF-8, else GB18030) and the
 * delimiter (comma or tab) from the first 64 KB, then streams records with Commons CSV.
 */
class DelimitedTextReader implements RowReader {

	private static final int SAMPLE_BYTES = 64 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	@Override
	public RowCursor open(Path file) throws IOException {
		byte[] sample = sample(file);
		int bomLength = bomLength(sample);
		Charset charset = detectCharset(sample, bomLength);
		if (bomLength != 2 && looksBinary(sample)) {
			throw new IOException("binary content, not text");
		}
		char delimiter = detectDelimiter(new String(sample, bomLength, sample.length - bomLength, charset));
		FileFormat format = new FileFormat(charset.name() + ((bomLength > 0) ? " (BOM)" : ""),
				(delimiter == '\t') ? "tab" : ",", null);
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(bomLength);
			RecordLengthGuard guard = new RecordLengthGuard(new InputStreamReader(in, charset));
			BufferedReader reader = new BufferedReader(guard, SAMPLE_BYTES);
			CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			return new Cursor(csv.parse(reader), guard, format);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private static final class Cursor implements RowCursor {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private final RecordLengthGuard guard;

		private final FileFormat format;

		private CSVRecord current;

		Cursor(CSVParser parser, RecordLengthGuard guard, FileFormat format) {
			this.parser = parser;
			this.records = parser.iterator();
			this.guard = guard;
			this.format = format;
		}

		@Override
		public FileFormat format() {
			return this.format;
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

		@Override
		public void close() throws IOException {
			this.parser.close();
		}

	}

	private static byte[] sample(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(SAMPLE_BYTES);
		}
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

	/** GB18030 decodes almost any bytes, so it is only the fallback after a strict UTF-8 decode fails. */
	static Charset detectCharset(byte[] sample, int bomLength) {
		if (bomLength == 2) {
			return ((sample[0] & 0xFF) == 0xFF) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
		}
		if (bomLength == 3 || isStrictUtf8(sample)) {
			return StandardCharsets.UTF_8;
		}
		return GB18030;
	}

	private static boolean isStrictUtf8(byte[] sample) {
		int end = sample.length;
		if (end == SAMPLE_BYTES) {
			// the sample may cut a multi-byte character: drop the trailing partial sequence
			int i = end - 1;
			while (i > 0 && i > end - 4 && (sample[i] & 0xC0) == 0x80) {
				i--;
			}
			if ((sample[i] & 0x80) != 0) {
				end = i;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(sample, 0, end));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
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
