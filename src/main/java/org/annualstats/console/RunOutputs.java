package org.annualstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.annualstats.operate.RunHistoryEntry;
import org.annualstats.operate.RunStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The files a run published, as the console offers them for download. They are listed from the
 * year's output folder while its {@code run.json} names the run (a later run replaces them); a
 * requested name is looked up in that list, so no path from a request reaches the file system.
 */
@Component
class RunOutputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RUN_JSON = "run.json";

	/** Released editions beside the outputs are copies of their own, not this run's outputs. */
	private static final String EDITIONS = "editions";

	/** The run's outputs, by name relative to the year's folder ({@code charts/…png} for a chart). */
	List<String> names(RunHistoryEntry run) {
		Optional<Path> folder = folder(run);
		if (folder.isEmpty()) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder.get(), 2)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> folder.get().relativize(file))
				.filter((name) -> !name.getName(0).toString().equals(EDITIONS)
						&& !name.getFileName().toString().startsWith("."))
				.map((name) -> name.toString().replace('\\', '/'))
				// the workbook and the files beside it first, then the charts
				.sorted(Comparator.comparing((String name) -> name.contains("/")).thenComparing(Comparator.naturalOrder()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file of one of {@link #names}; empty for any other name. */
	Optional<Path> file(RunHistoryEntry run, String name) {
		return names(run).stream()
			.filter((listed) -> listed.equals(name))
			.findFirst()
			.flatMap((listed) -> folder(run).map((folder) -> folder.resolve(listed)));
	}

	/** The year's output folder while it holds this run's outputs. */
	private Optional<Path> folder(RunHistoryEntry run) {
		if (run.status() != RunStatus.PUBLISHED || run.outputRoot() == null) {
			return Optional.empty();
		}
		Path folder = Path.of(run.outputRoot()).resolve(String.valueOf(run.year()));
		Path runJson = folder.resolve(RUN_JSON);
		if (!Files.isRegularFile(runJson)) {
			return Optional.empty();
		}
		JsonNode published = JSON.readTree(runJson.toFile());
		return run.runId().equals(published.path("run_id").asString()) ? Optional.of(folder) : Optional.empty();
	}

}
