package org.annualstats.operate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run's figures depend on besides its records: the cut-off date, the language of its
 * outputs, its input files and the definitions it computed them by.
 *
 * @param locale {@code null} for runs recorded before runs kept it
 * @param files SHA-256 of each input file, keyed by its name under the input root
 * @param definitions fingerprint of each figure's definition, keyed by metric id; empty for runs
 * recorded before runs kept them
 */
public record RunContext(String runId, LocalDate asOf, String locale, Map<String, String> files,
		Map<String, String> definitions) {

	/** One line per aspect, saying how {@code to} differs from {@code from} or that they agree. */
	public static List<String> differences(RunContext from, RunContext to) {
		List<String> lines = new ArrayList<>();
		lines.add("as_of: " + change(from.asOf(), to.asOf()));
		lines.add("locale: " + change(unknown(from.locale()), unknown(to.locale())));
		lines.add("input files: " + changes(from.files(), to.files(), "files"));
		lines.add("definitions: " + ((from.definitions().isEmpty() || to.definitions().isEmpty())
				? "unknown (a run recorded before runs kept them)"
				: changes(from.definitions(), to.definitions(), "definitions")));
		return lines;
	}

	private static String change(Object from, Object to) {
		return Objects.equals(from, to) ? "the same, " + from : from + " -> " + to;
	}

	private static String unknown(String value) {
		return (value != null) ? value : "unknown";
	}

	/** Added, removed and changed keys, by their digests. */
	private static String changes(Map<String, String> from, Map<String, String> to, String what) {
		List<String> added = to.keySet().stream().filter((key) -> !from.containsKey(key)).toList();
		List<String> removed = from.keySet().stream().filter((key) -> !to.containsKey(key)).toList();
		List<String> changed = to.keySet()
			.stream()
			.filter((key) -> from.containsKey(key) && !from.get(key).equals(to.get(key)))
			
			.toList();
		if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
			return "the same " + to.size() + " " + what + " (SHA-256)";
		}
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add("added " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			parts.add("removed " + String.join(", ", removed));
		}
		if (!changed.isEmpty()) {
			parts.add("changed " + String.join(", ", changed));
		}
		return String.join("; ", parts);
	}

}
