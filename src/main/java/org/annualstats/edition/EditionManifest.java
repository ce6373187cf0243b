package org.annualstats.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of an edition: what was released (year, edition, run, by whom, when, the
 * edition it replaces) and every file with its path relative to the edition's folder, size and
 * SHA-256, so that anyone holding the folder can tell whether it is still as released.
 */
public final class EditionManifest {

	static final String FILE = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private EditionManifest() {
	}

	static void write(Path folder, Edition edition) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("year", edition.year());
		json.put("edition", edition.number());
		json.put("run_id", edition.runId());
		json.put("released_by", edition.releasedBy());
		json.put("released_at", edition.releasedAt().toString());
		json.put("replaces", edition.replaces());
		List<Map<String, Object>> files = new ArrayList<>();
		for (Map.Entry<String, Path> file : files(folder).entrySet()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("path", file.getKey());
			entry.put("size", Files.size(file.getValue()));
			entry.put("sha256", sha256(file.getValue()));
			files.add(entry);
		}
		json.put("files", files);
		JSON.writeValue(folder.resolve(FILE).toFile(), json);
	}

	/**
	 * Rechecks an edition's files against its manifest.
	 *
	 * @return one line per file that changed, is missing or was added; empty when the edition is intact
	 * @throws IllegalArgumentException when the folder has no readable manifest
	 */
	public static List<String> verify(Path folder, int year, int number) throws IOException {
		JsonNode manifest = read(folder.resolve(FILE));
		List<String> problems = new ArrayList<>();
		if (manifest.path("year").asInt() != year || manifest.path("edition").asInt() != number) {
			problems.add("manifest: names edition " + manifest.path("edition").asInt() + " of "
					+ manifest.path("year").asInt() + ", not edition " + number + " of " + year);
		}
		SortedMap<String, Path> present = files(folder);
		for (JsonNode file : manifest.path("files")) {
			String path = file.path("path").asString();
			Path actual = present.remove(path);
			if (actual == null) {
				problems.add("missing: " + path);
			}
			else if (!sha256(actual).equals(file.path("sha256").asString())) {
				problems.add("changed: " + path);
			}
		}
		present.keySet().forEach((path) -> problems.add("added: " + path));
		return problems;
	}

	private static JsonNode read(Path manifest) {
		if (!Files.isRegularFile(manifest)) {
			throw new IllegalArgumentException(manifest + " does not exist: no such edition was released there");
		}
		try {
			return JSON.readTree(manifest.toFile());
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(manifest + " cannot be read (" + ex.getOriginalMessage() + ")");
		}
	}

	/** Every file but the manifest, by its path relative to the folder with '/' between names. */
	private static SortedMap<String, Path> files(Path folder) throws IOException {
		SortedMap<String, Path> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.filter(Files::isRegularFile).forEach((path) -> {
				String relative = folder.relativize(path).toString().replace(folder.getFileSystem().getSeparator(), "/");
				if (!relative.equals(FILE)) {
					files.put(relative, path);
				}
			});
		}
		return files;
	}

	private static String sha256(Path file) throws IOException {
		return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file);
	}

}
