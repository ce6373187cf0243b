package org.annualstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annualstats.edition.Edition;
import org.annualstats.edition.EditionService;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistoryEntry;
import org.annualstats.operate.RunStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** The years the console offers: those with runs in the store and those with exports in the input root. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Years {

	/** The years a run accepts, as {@code run --year} does. */
	private static final int FIRST_YEAR = 1990;

	private static final int LAST_YEAR = 2100;

	private final RunHistory history;

	private final EditionService editions;

	private final RunOutputs outputs;

	private final ConsoleRoots roots;

	Years(RunHistory history, EditionService editions, RunOutputs outputs, ConsoleRoots roots) {
		this.history = history;
		this.editions = editions;
		this.outputs = outputs;
		this.roots = roots;
	}

	/**
	 * A year.
	 *
	 * @param lastRun its latest run, {@code null} before its first
	 * @param published its latest run whose outputs are the year's published ones, {@code null} when none is
	 * @param workbook the name of that run's workbook among its outputs, {@code null} when there is none
	 * @param inInput whether the input root has exports of the year, so that it can be run
	 */
	record Year(int year, RunHistoryEntry lastRun, RunHistoryEntry published, String workbook,
			List<Edition> editions, boolean inInput) {
	}

	/** Newest year first. */
	List<Year> years() {
		Map<Integer, List<RunHistoryEntry>> runs = new TreeMap<>(Comparator.reverseOrder());
		inputYears().forEach((year) -> runs.put(year, new ArrayList<>()));
		for (RunHistoryEntry run : this.history.runs(null)) {
			runs.computeIfAbsent(run.year(), (y) -> new ArrayList<>()).add(run);
		}
		List<Integer> inInput = inputYears();
		return runs.entrySet().stream().map((e) -> year(e.getKey(), e.getValue(), inInput.contains(e.getKey()))).toList();
	}

	Year year(int year) {
		return year(year, this.history.runs(year), inputYears().contains(year));
	}

	private Year year(int year, List<RunHistoryEntry> runs, boolean inInput) {
		RunHistoryEntry last = runs.isEmpty() ? null : runs.get(0);
		Optional<RunHistoryEntry> published = runs.stream()
			.filter((run) -> run.status() == RunStatus.PUBLISHED && !this.outputs.names(run).isEmpty())
			.findFirst();
		String workbook = published.flatMap((run) -> this.outputs.names(run)
			.stream()
			.filter((name) -> name.endsWith(".xlsx") && !name.contains("/"))
			.findFirst()).orElse(null);
		return new Year(year, last, published.orElse(null), workbook, this.editions.editions(year), inInput);
	}

	/** The folders of the input root named as a year (2020): the years a rerun can read. */
	private List<Integer> inputYears() {
		if (!Files.isDirectory(this.roots.input())) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(this.roots.input())) {
			return folders.filter(Files::isDirectory)
				.map((folder) -> folder.getFileName().toString())
				.filter((name) -> name.matches("\\d{4}"))
				.map(Integer::valueOf)
				.filter((year) -> year >= FIRST_YEAR && year <= LAST_YEAR)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
