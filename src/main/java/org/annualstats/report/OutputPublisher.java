package org.annualstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Publishes a year's outputs all at once: they are written to a hidden folder beside the target,
 * then renamed into place; the previous outputs stay untouched until that moment. A publication
 * interrupted between the two renames is repaired by the next one. Released editions under
 * {@code editions/} are not a run's outputs: they go into the new outputs as they are, before the
 * swap, so that no publication ever removes or changes one.
 */
final class OutputPublisher {

	/** The folder of a year's released editions, beside its outputs. */
	static final String EDITIONS = "editions";

	private OutputPublisher() {
	}

	/** A fresh hidden folder to write the outputs of this run into. */
	static Path workFolder(Path outputRoot, int year, String runId) {
		Path work = workFolderOf(outputRoot, year, runId);
		try {
			deleteRecursively(work);
			return Files.createDirectories(work);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + work, ex);
		}
	}

	static Path workFolderOf(Path outputRoot, int year, String runId) {
		return outputRoot.resolve(".tmp-" + year + "-" + runId);
	}

	static Path publish(Path work, Path outputRoot, int year, String runId) {
		Path target = outputRoot.resolve(String.valueOf(year));
		Path previous = outputRoot.resolve(".old-" + year + "-" + runId);
		try {
			restoreInterrupted(outputRoot, year, target);
			if (Files.exists(target)) {
				keepEditions(target.resolve(EDITIONS), work.resolve(EDITIONS));
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

	/**
	 * Hard links of every file (copies where the file system has none), so the editions are in
	 * both folders until the old one is deleted, whenever the publication stops.
	 */
	private static void keepEditions(Path editions, Path into) throws IOException {
		if (!Files.isDirectory(editions)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(editions)) {
			for (Path path : paths.toList()) {
				Path kept = into.resolve(editions.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(kept);
				}
				else {
					link(path, kept);
				}
			}
		}
	}

	private static void link(Path file, Path link) throws IOException {
		try {
			Files.createLink(link, file);
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			Files.copy(file, link, StandardCopyOption.COPY_ATTRIBUTES);
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
