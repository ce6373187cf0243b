package org.annualstats.console;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.operate.FigureExplanations;
import org.annualstats.operate.FigureExplanations.Explanation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The records behind a figure, as {@code explain --rows} writes them: written to a temporary file
 * by the same explanation, then read back a page at a time or handed out whole as the CSV file.
 */
@Component
class FigureRecords {

	private final FigureExplanations explanations;

	FigureRecords(FigureExplanations explanations) {
		this.explanations = explanations;
	}

	/**
	 * One page of a figure's records.
	 *
	 * @param header the columns: metric, member, value, file, sheet, row, key, then the fields
	 * @param total how many records there are in all
	 */
	record Page(Explanation explanation, List<String> header, List<List<String>> rows, long total, int page,
			int size) {

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / this.size);
		}

	}

	/**
	 * @param page from 0
	 * @throws ResponseStatusException 404 when the figure, member or run is not there to explain
	 */
	Page page(int year, String metricId, String member, String runId, int page, int size) {
		Path file = temporaryFile();
		try {
			Explanation explanation = explain(year, metricId, member, runId, file);
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
					CSVParser csv = CSVFormat.RFC4180.parse(reader)) {
				List<String> header = null;
				List<List<String>> rows = new ArrayList<>();
				long total = 0;
				long first = (long) page * size;
				for (CSVRecord record : csv) {
					if (header == null) {
						header = record.toList();
						header.set(0, header.get(0).replace("\uFEFF", ""));
						continue;
					}
					if (total >= first && total < first + size) {
						rows.add(record.toList());
					}
					total++;
				}
				return new Page(explanation, (header != null) ? header : List.of(), rows, total, page, size);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(file);
		}
	}

	/**
	 * Writes the records as {@code explain --rows} does into a temporary file, for the caller to send
	 * and delete.
	 */
	Path csv(int year, String metricId, String member, String runId) {
		Path file = temporaryFile();
		try {
			explain(year, metricId, member, runId, file);
			return file;
		}
		catch (RuntimeException ex) {
			delete(file);
			throw ex;
		}
	}

	private Explanation explain(int year, String metricId, String member, String runId, Path rows) {
		try {
			return this.explanations.explain(year, metricId, member, runId, rows);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempFile("figure-records", ".csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
