package org.annualstats.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the files under {@code jobs/}. A directory on disk (default {@code ./jobs}) wins over the
 * copy packaged in the jar, so analysts can change aliases, metrics and reference data without a
 * build, and the jar still runs from any working directory.
 */
@Component
public class JobsFiles {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final Path directory;

	public JobsFiles(@Value("${annualstats.jobs-dir:jobs}") Path directory) {
		this.directory = directory;
	}

	/** The text of {@code jobs/<relativePath>}. */
	public String text(String relativePath) {
		try (InputStream in = open(relativePath)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read jobs/" + relativePath, ex);
		}
	}

	/** Whether {@code jobs/<relativePath>} exists, on disk or in the application's copy. */
	public boolean exists(String relativePath) {
		return Files.isRegularFile(this.directory.resolve(relativePath))
				|| new ClassPathResource("jobs/" + relativePath).exists();
	}

	/**
	 * The names of the files in {@code jobs/<folder>/} ending in {@code suffix}, sorted: those on
	 * disk and those of the application's copy, as either may be read.
	 */
	public SortedSet<String> list(String folder, String suffix) {
		SortedSet<String> names = new TreeSet<>();
		try {
			Path onDisk = this.directory.resolve(folder);
			if (Files.isDirectory(onDisk)) {
				try (Stream<Path> files = Files.list(onDisk)) {
					files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()).forEach(names::add);
				}
			}
			for (Resource packaged : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:jobs/" + folder + "/*" + suffix)) {
				names.add(packaged.getFilename());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list jobs/" + folder, ex);
		}
		names.removeIf((name) -> !name.endsWith(suffix));
		return names;
	}

	/** Each data row of {@code jobs/<relativePath>} as a map from header to trimmed value. */
	public List<Map<String, String>> csvRows(String relativePath) {
		return csv(relativePath, CSVRecord::toMap);
	}

	/** Each data row of {@code jobs/<relativePath>} mapped; the record knows its line for messages. */
	public <T> List<T> csv(String relativePath, Function<CSVRecord, T> mapper) {
		try (InputStream in = open(relativePath)) {
			return readCsv(new InputStreamReader(in, StandardCharsets.UTF_8), mapper);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read jobs/" + relativePath, ex);
		}
	}

	/** Reads a small header-first CSV (reference and configuration files), mapping each row. */
	public static <T> List<T> readCsv(Reader reader, Function<CSVRecord, T> mapper) throws IOException {
		List<T> rows = new ArrayList<>();
		for (CSVRecord record : CSV.parse(reader)) {
			rows.add(mapper.apply(record));
		}
		return rows;
	}

	private InputStream open(String relativePath) throws IOException {
		Path onDisk = this.directory.resolve(relativePath);
		if (Files.isRegularFile(onDisk)) {
			return Files.newInputStream(onDisk);
		}
		ClassPathResource packaged = new ClassPathResource("jobs/" + relativePath);
		if (!packaged.exists()) {
			throw new IOException("jobs/" + relativePath + " not found in " + this.directory.toAbsolutePath()
					+ " nor in the application");
		}
		return packaged.getInputStream();
	}

}
