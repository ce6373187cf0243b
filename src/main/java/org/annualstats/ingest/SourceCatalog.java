package org.annualstats.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.jobs.JobsFiles;

import org.springframework.stereotype.Component;

/**
 * The sources, their fields and the enumeration synonyms, read once from {@code jobs/sources/}.
 * Every field and enumeration value has a Chinese and an English label, checked at start-up.
 */
@Component
public class SourceCatalog {

	private final Map<String, SourceSpec> sources = new LinkedHashMap<>();

	private final EnumSynonyms enums;

	public SourceCatalog(JobsFiles jobs) {
		List<Map<String, String>> fieldRows = labelledRows(jobs, "sources/fields.csv", "label_zh", "label_en");
		for (Map<String, String> row : jobs.csvRows("sources/sources.csv")) {
			String id = row.get("source");
			List<FieldSpec> fields = fieldRows.stream()
				.filter((f) -> f.get("source").equals(id))
				.map(SourceCatalog::field)
				.toList();
			this.sources.put(id, new SourceSpec(id, row.get("key_field"), row.get("date_field"), row.get("label_zh"),
					row.get("label_en"), fields));
		}
		this.enums = new EnumSynonyms(labelledRows(jobs, "sources/enums.csv", "label_en"));
	}

	public List<SourceSpec> sources() {
		return List.copyOf(this.sources.values());
	}

	public SourceSpec source(String id) {
		SourceSpec spec = this.sources.get(id);
		if (spec == null) {
			throw new IllegalArgumentException("Unknown source '" + id + "'; known: " + this.sources.keySet());
		}
		return spec;
	}

	/** The canonical values of an enumeration, in declaration order. */
	public java.util.List<String> enumValues(String enumName) {
		return this.enums.values(enumName);
	}

	/**
	 * What people call an enumeration value: the first spelling listed (UPHELD → 维持), or its
	 * English label.
	 */
	public String enumLabel(String enumName, String value, boolean english) {
		return this.enums.label(enumName, value, english);
	}

	EnumSynonyms enums() {
		return this.enums;
	}

	private static FieldSpec field(Map<String, String> row) {
		return new FieldSpec(row.get("field"), FieldType.valueOf(row.get("type")),
				Boolean.parseBoolean(row.get("required")), emptyToNull(row.get("enum")), split(row.get("aliases")),
				split(row.get("not_before")), emptyToNull(row.get("required_when")), row.get("label_zh"),
				row.get("label_en"));
	}

	/** The rows of {@code jobs/<file>}; a row without one of the labels fails naming its line. */
	private static List<Map<String, String>> labelledRows(JobsFiles jobs, String file, String... labels) {
		try (StringReader reader = new StringReader(jobs.text(file))) {
			return JobsFiles.readCsv(reader, (record) -> {
				for (String label : labels) {
					if (!record.isSet(label) || record.get(label).isEmpty()) {
						throw new IllegalStateException("jobs/" + file + " line " + (record.getRecordNumber() + 1)
								+ ": " + label + " is empty; every row needs " + String.join(" and ", labels));
					}
				}
				return record.toMap();
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read jobs/" + file, ex);
		}
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).toList();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
