package org.annualstats.ingest.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
	public FileFormat read(ExportInput input, RowHandler handler) throws IOException {
		try (InputStream in = new BufferedInputStream(input.open(), SAMPLE_BYTES)) {
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
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
			try (CSVParser parser = format.parse(reader)) {
				for (CSVRecord record : parser) {
					guard.recordRead(record.getRecordNumber());
					if (!handler.row(record.getRecordNumber(), record.toList())) {
						// the digest covers the whole file even when the handler stopped early
						in.transferTo(OutputStream.nullOutputStream());
						break;
					}
				}
			}
			catch (UncheckedIOException ex) {
				// the parser's iterator wraps read failures, e.g. an unbalanced quote at the end of the file
				throw ex.getCause();
			}
			return new FileFormat(decoder.charset().name() + ((bomLength > 0) ? " (BOM)" : ""),
					(delimiter == '\t') ? "tab" : ",", null);
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
