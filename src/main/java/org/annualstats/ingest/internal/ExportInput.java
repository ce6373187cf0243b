package org.annualstats.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one export file, read once: their size and SHA-256 are those of exactly the bytes the
 * rows came from, even when the file changes while it is read. Text is digested as it streams; a
 * workbook, which its reader opens at random places, is first copied aside while digested and read
 * from the copy.
 */
public final class ExportInput implements AutoCloseable {

	private final Path file;

	private final MessageDigest digest;

	private long size;

	private boolean wholeFileRead;

	private Path copy;

	private String sha256;

	public ExportInput(Path file) {
		this.file = file;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The file's bytes as they stream, each counted and digested; the reader reads them to the end. */
	InputStream open() throws IOException {
		return new FilterInputStream(Files.newInputStream(this.file)) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					digested(new byte[] { (byte) b }, 0, 1);
				}
				else {
					ExportInput.this.wholeFileRead = true;
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					digested(buffer, offset, n);
				}
				else if (n < 0) {
					ExportInput.this.wholeFileRead = true;
				}
				return n;
			}

			/** Skipped bytes are read too: they belong to the digest. */
			@Override
			public long skip(long n) throws IOException {
				byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
				int read = (buffer.length > 0) ? read(buffer, 0, buffer.length) : 0;
				return Math.max(read, 0);
			}

		};
	}

	/** A private copy of the file, digested while copied, for readers that need a file to seek in. */
	Path copy() throws IOException {
		this.copy = Files.createTempFile("annual-stats-export-", ".tmp");
		try (InputStream in = open(); OutputStream out = Files.newOutputStream(this.copy)) {
			in.transferTo(out);
		}
		return this.copy;
	}

	private void digested(byte[] buffer, int offset, int length) {
		this.digest.update(buffer, offset, length);
		this.size += length;
	}

	public long size() {
		checkRead();
		return this.size;
	}

	public String sha256() {
		checkRead();
		if (this.sha256 == null) {
			this.sha256 = HexFormat.of().formatHex(this.digest.digest());
		}
		return this.sha256;
	}

	private void checkRead() {
		if (!this.wholeFileRead) {
			throw new IllegalStateException(this.file + " was not read to its end");
		}
	}

	@Override
	public void close() throws IOException {
		if (this.copy != null) {
			Files.deleteIfExists(this.copy);
		}
	}

}
