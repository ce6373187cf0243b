package org.annualstats.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Decodes a whole text file strictly: a byte sequence that is not valid in the file's encoding fails
 * the read naming its line and byte offset, instead of becoming U+FFFD in a record. Without a byte
 * order mark the encoding is chosen at the first non-ASCII byte (strict UTF-8 over the next 64 KB,
 * else GB18030): a file whose first 64 KB are ASCII is then not read as UTF-8 by default.
 */
final class StrictTextDecoder extends Reader {

	static final int WINDOW_BYTES = 64 * 1024;

	static final Charset GB18030 = Charset.forName("GB18030");

	private final InputStream in;

	private final ByteBuffer bytes = ByteBuffer.allocate(WINDOW_BYTES);

	/** Offset in the file of {@code bytes}' first byte. */
	private long bufferOffset;

	private final long startOffset;

	private boolean endOfInput;

	/** {@code null} while every byte so far was ASCII and no byte order mark named the encoding. */
	private CharsetDecoder decoder;

	private long lines = 1;

	/**
	 * @param in the file's bytes after its byte order mark, if any
	 * @param charset the encoding a byte order mark names, or {@code null} to detect it
	 * @param startOffset the length of the byte order mark, so offsets count from the file's start
	 */
	StrictTextDecoder(InputStream in, Charset charset, long startOffset) {
		this.in = in;
		this.startOffset = startOffset;
		this.bufferOffset = startOffset;
		this.bytes.flip();
		if (charset != null) {
			this.decoder = strict(charset);
		}
	}

	/** The encoding the file is read in: ASCII-only text is UTF-8. */
	Charset charset() {
		return (this.decoder != null) ? this.decoder.charset() : StandardCharsets.UTF_8;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			if (!this.bytes.hasRemaining() && !fill()) {
				return -1;
			}
			if (this.decoder == null) {
				copyAscii(out);
				continue;
			}
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			if (result.isError()) {
				countLines(buffer, offset, out.position());
				throw invalid(result.length());
			}
			if (result.isUnderflow() && out.position() == offset && !fill()) {
				if (this.bytes.hasRemaining()) {
					throw invalid(this.bytes.remaining());
				}
				return -1;
			}
		}
		countLines(buffer, offset, out.position());
		return out.position() - offset;
	}

	/** Passes ASCII through; at the first other byte, decides the encoding from the bytes ahead. */
	private void copyAscii(CharBuffer out) throws IOException {
		while (this.bytes.hasRemaining() && out.hasRemaining()) {
			byte b = this.bytes.get(this.bytes.position());
			if (b < 0) {
				fill();
				this.decoder = strict(isStrictUtf8(this.bytes, this.endOfInput) ? StandardCharsets.UTF_8 : GB18030);
				return;
			}
			out.put((char) this.bytes.get());
		}
	}

	/** Moves the unread bytes to the front and reads more; {@code false} when nothing more came. */
	private boolean fill() throws IOException {
		if (this.endOfInput) {
			return false;
		}
		this.bufferOffset += this.bytes.position();
		this.bytes.compact();
		int before = this.bytes.position();
		while (this.bytes.hasRemaining()) {
			int n = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
			if (n < 0) {
				this.endOfInput = true;
				break;
			}
			this.bytes.position(this.bytes.position() + n);
		}
		this.bytes.flip();
		return this.bytes.limit() > before;
	}

	private void countLines(char[] buffer, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == '\n') {
				this.lines++;
			}
		}
	}

	private MalformedTextException invalid(int length) {
		int at = this.bytes.position();
		byte[] sequence = new byte[Math.min(length, this.bytes.limit() - at)];
		this.bytes.get(at, sequence);
		return new MalformedTextException(this.lines, this.bufferOffset + at, sequence, charset(),
				this.startOffset > 0);
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/**
	 * Whether the bytes decode as UTF-8; at a window's end (not the file's) a character cut in two
	 * does not count against it. GB18030 decodes almost any bytes, so it is only the fallback.
	 */
	static boolean isStrictUtf8(ByteBuffer window, boolean wholeRest) {
		ByteBuffer sample = window.duplicate();
		if (!wholeRest) {
			int end = sample.limit();
			int i = end - 1;
			while (i > sample.position() && i > end - 4 && (sample.get(i) & 0xC0) == 0x80) {
				i--;
			}
			if (i >= sample.position() && (sample.get(i) & 0x80) != 0) {
				sample.limit(i);
			}
		}
		CoderResult result = strict(StandardCharsets.UTF_8).decode(sample, CharBuffer.allocate(sample.remaining()),
				wholeRest);
		return !result.isError() && (!wholeRest || !sample.hasRemaining());
	}

	/** Bytes that are not text in the file's encoding, located for the operator. */
	static final class MalformedTextException extends IOException {

		MalformedTextException(long line, long byteOffset, byte[] sequence, Charset charset, boolean byteOrderMark) {
			super(String.format("line %d, byte %,d: the bytes %s are not valid %s, the encoding %s; "
					+ "save the whole file in one encoding (UTF-8 or GB18030)", line, byteOffset,
					HexFormat.ofDelimiter(" ").withUpperCase().formatHex(sequence), charset.name(),
					byteOrderMark ? "its byte order mark names" : "detected from its first non-ASCII bytes"));
		}

	}

}
