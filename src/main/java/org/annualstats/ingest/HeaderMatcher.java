package org.annualstats.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.ingest.internal.TextNormalizer;

/**
 * Matches header cells to fields: exact alias match after normalisation, with a unit in
 * brackets split off money and day-count headers first. Never by substring.
 */
class HeaderMatcher {

	private static final Pattern UNIT_SUFFIX = Pattern.compile("(.+)\\((元|万元|天|自然日|工作日)\\)");

	private final Map<String, FieldSpec> byAlias = new HashMap<>();

	HeaderMatcher(SourceSpec source) {
		for (FieldSpec field : source.fields()) {
			this.byAlias.put(TextNormalizer.normalize(field.name()), field);
			for (String alias : field.aliases()) {
				this.byAlias.put(TextNormalizer.normalize(alias), field);
			}
		}
	}

	/** A column bound to a field, with the unit its header declared (or {@code null}). */
	record Column(int index, FieldSpec field, String unit) {
	}

	/**
	 * The outcome of matching one row as a header; {@code repeated} holds the columns whose field an
	 * earlier column already matched.
	 */
	record Header(Map<String, Column> columns, List<String> unknown, List<String> cells, List<Column> repeated) {

		boolean hasAllRequired(SourceSpec source) {
			return missing(source).isEmpty();
		}

		List<FieldSpec> missing(SourceSpec source) {
			return source.fields().stream().filter((f) -> f.required() && !this.columns.containsKey(f.name())).toList();
		}

	}

	Header match(List<String> cells) {
		Map<String, Column> columns = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		List<Column> repeated = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String name = TextNormalizer.normalize(cell);
			if (name.isEmpty()) {
				continue;
			}
			Column column = bind(i, name);
			if (column == null) {
				unknown.add(cell.trim());
			}
			else if (columns.containsKey(column.field().name())) {
				repeated.add(column);
			}
			else {
				columns.put(column.field().name(), column);
			}
		}
		return new Header(columns, unknown, cells, repeated);
	}

	private Column bind(int index, String name) {
		FieldSpec field = this.byAlias.get(name);
		if (field != null) {
			return new Column(index, field, null);
		}
		Matcher unit = UNIT_SUFFIX.matcher(name);
		if (unit.matches()) {
			FieldSpec base = this.byAlias.get(unit.group(1));
			boolean moneyUnit = unit.group(2).endsWith("元");
			if (base != null && ((base.type() == FieldType.MONEY && moneyUnit)
					|| (base.type() == FieldType.DAYS && !moneyUnit))) {
				return new Column(index, base, unit.group(2));
			}
		}
		return null;
	}

	String describeMissing(List<FieldSpec> missing) {
		return String.join("; ", missing.stream()
			.map((f) -> f.name() + " (" + String.join(", ", f.aliases()) + ")")
			.toList());
	}

}
