package org.annualstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Publishes a year's outputs all at once: they are written to a hidden folder beside the target,
 * then renamed into place; the previous outputs stay untouched until that moment. A publication
 * interrupted between the two renames is repaired by the next one.
 */
final class OutputPublisher {

	private OutputPublisher() {
	}

	/** A fresh hidden folder to write the outputs of this run into. */
	static Path workFolder(Path outputRoot, int year, String runId) {
		Path work = outputRoot.resolve(".tmp-" + year + "-" + runId);
		try {
			deleteRecursively(work);
			return Files.createDirectories(work);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + work, ex);
		}
	}

	static Path publish(Path work, Path outputRoot, int year, String runId) {
		Path target = outputRoot.resolve(String.valueOf(year));
		Path previous = outputRoot.resolve(".old-" + year + "-" + runId);
		try {
			restoreInterrupted(outputRoot, year, target);
			if (Files.exists(target)) {
				move(target, previous);
			}
			try {
				move(work, target);
			}
			catch (IOException ex) {
				if (Files.exists(previous)) {
					move(previous, target);
				}
				throw ex;
			}
			deleteQuietly(previous);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot publish the outputs into " + target, ex);
		}
	}

	/** A crash between the two renames leaves the old outputs under .old-: put them back first. */
	private static void restoreInterrupted(Path outputRoot, int year, Path target) throws IOException {
		try (DirectoryStream<Path> olds = Files.newDirectoryStream(outputRoot, ".old-" + year + "-*")) {
			for (Path old : olds) {
				if (Files.exists(target)) {
					deleteRecursively(old);
				}
				else {
					move(old, target);
				}
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	/** Cleaning up after the outputs are in place may fail without the publication failing. */
	static void deleteQuietly(Path folder) {
		try {
			deleteRecursively(folder);
		}
		catch (IOException ex) {
			// a leftover hidden folder; the next publication of the year removes it
		}
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
