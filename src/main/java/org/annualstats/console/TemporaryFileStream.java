package org.annualstats.console;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a temporary file and deletes it when closed. */
final class TemporaryFileStream extends FilterInputStream {

	private final Path file;

	TemporaryFileStream(Path file) throws IOException {
		super(Files.newInputStream(file));
		this.file = file;
	}

	@Override
	public void close() throws IOException {
		try {
			super.close();
		}
		finally {
			Files.deleteIfExists(this.file);
		}
	}

}
