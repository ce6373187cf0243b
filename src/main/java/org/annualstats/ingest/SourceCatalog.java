package org.annualstats.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.jobs.JobsFiles;

import org.springframework.stereotype.Component;

/**
 * The sources, their fields and the enumeration synonyms, read once from {@code jobs/sources/}.
 */
@Component
public class SourceCatalog {

	private final Map<String, SourceSpec> sources = new LinkedHashMap<>();

	private final EnumSynonyms enums;

	public SourceCatalog(JobsFiles jobs) {
		List<Map<String, String>> fieldRows = jobs.csvRows("sources/fields.csv");
		for (Map<String, String> row : jobs.csvRows("sources/sources.csv")) {
			String id = row.get("source");
			List<FieldSpec> fields = fieldRows.stream()
				.filter((f) -> f.get("source").equals(id))
				.map(SourceCatalog::field)
				.toList();
			this.sources.put(id, new SourceSpec(id, row.get("key_field"), row.get("date_field"), row.get("label_zh"),
					row.get("label_en"), fields));
		}
		this.enums = new EnumSynonyms(jobs.csvRows("sources/enums.csv"));
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

	/** The first spelling listed for an enumeration value: what people call it (UPHELD → 维持). */
	public String enumLabel(String enumName, String value) {
		return this.enums.firstSynonym(enumName, value);
	}

	EnumSynonyms enums() {
		return this.enums;
	}

	private static FieldSpec field(Map<String, String> row) {
		return new FieldSpec(row.get("field"), FieldType.valueOf(row.get("type")),
				Boolean.parseBoolean(row.get("required")), emptyToNull(row.get("enum")), split(row.get("aliases")),
				split(row.get("not_before")), emptyToNull(row.get("required_when")));
	}

	private static List<String> split(String value) {
		return (value == null || value.isBlank()) ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).toList();
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
