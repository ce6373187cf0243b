package org.annualstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.annualstats.ingest.internal.RowReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The export files of a source and year, in name order (for conflicting duplicates the file that
 * sorts last by name wins), each opened as an {@link ExportFile}.
 */
@Service
public class IngestService {

	private final SourceCatalog catalog;

	private final double rejectThreshold;

	private final ProblemFormat english;

	public IngestService(SourceCatalog catalog, @Value("${annualstats.reject-threshold:0.05}") double rejectThreshold) {
		this.catalog = catalog;
		this.rejectThreshold = rejectThreshold;
		this.english = new ProblemFormat(catalog, Locale.ENGLISH);
	}

	/**
	 * The export files of a folder, in the order that decides conflicts; hidden and lock files
	 * excluded. Entries that cannot be read are kept, and so are links that lead nowhere whatever
	 * their name: ingesting them fails, so that no export is left out of the figures in silence.
	 */
	public static List<Path> exportFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries
				.filter((p) -> !p.getFileName().toString().startsWith(".")
						&& !p.getFileName().toString().startsWith("~$"))
				.filter((p) -> RowReader.forFile(p) != null || (Files.isSymbolicLink(p) && !Files.exists(p)))
				.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	/**
	 * One export file of a source, ready to be opened as a stream of rows.
	 * @param fileSeq the file's position in its folder's name order, which decides conflicts
	 */
	public ExportFile file(String sourceId, Path inputRoot, Path file, int fileSeq) {
		return new ExportFile(this.catalog.source(sourceId), this.catalog.enums(), file, inputRoot, fileSeq,
				this.rejectThreshold, this.english);
	}

	/**
	 * An export must be a readable file under the input root: a link may not make the run read files
	 * the operator did not put there.
	 */
	static void checkReadable(Path file, Path inputRoot, String displayName) {
		try {
			Path real = file.toRealPath();
			if (!real.startsWith(inputRoot.toRealPath())) {
				throw new InputException(displayName + ": is a symbolic link to " + real
						+ ", outside the input root; not read (copy the file into the input root instead)");
			}
		}
		catch (NoSuchFileException ex) {
			throw new InputException(displayName + ": cannot be read: " + (Files.isSymbolicLink(file)
					? "it is a symbolic link to " + linkTarget(file) + ", which does not exist" : "it no longer exists"),
					ex);
		}
		catch (IOException ex) {
			throw new InputException(displayName + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
		if (!Files.isRegularFile(file)) {
			throw new InputException(displayName + ": cannot be read: it is not a regular file but a folder, pipe or device");
		}
		if (!Files.isReadable(file)) {
			throw new InputException(displayName + ": cannot be read: permission denied");
		}
	}

	private static String linkTarget(Path link) {
		try {
			return Files.readSymbolicLink(link).toString();
		}
		catch (IOException ex) {
			return "an unknown target";
		}
	}

	static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

}
