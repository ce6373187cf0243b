package org.annualstats.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.ingest.internal.TextNormalizer;

/**
 * Canonical enumeration values, their spellings and labels ({@code jobs/sources/enums.csv}),
 * matched after the same normalisation as headers. The first spelling is the Chinese label.
 */
class EnumSynonyms {

	private final Map<String, Map<String, String>> byEnum = new HashMap<>();

	private final Map<String, String> blankMeans = new HashMap<>();

	private final Map<String, List<String>> canonicalValues = new HashMap<>();

	private final Map<String, String> chineseLabels = new HashMap<>();

	private final Map<String, String> englishLabels = new HashMap<>();

	EnumSynonyms(List<Map<String, String>> rows) {
		for (Map<String, String> row : rows) {
			String enumName = row.get("enum");
			String canonical = row.get("value");
			Map<String, String> spellings = this.byEnum.computeIfAbsent(enumName, (k) -> new HashMap<>());
			spellings.put(TextNormalizer.normalize(canonical), canonical);
			this.chineseLabels.put(enumName + "|" + canonical, row.get("synonyms").split("\\|")[0]);
			this.englishLabels.put(enumName + "|" + canonical, row.get("label_en"));
			for (String synonym : row.get("synonyms").split("\\|")) {
				spellings.put(TextNormalizer.normalize(synonym), canonical);
			}
			if (Boolean.parseBoolean(row.get("blank_means"))) {
				this.blankMeans.put(enumName, canonical);
			}
			this.canonicalValues.computeIfAbsent(enumName, (k) -> new java.util.ArrayList<>()).add(canonical);
		}
	}

	/** The canonical value, or {@code null} when the spelling is unknown. */
	String match(String enumName, String raw) {
		Map<String, String> spellings = this.byEnum.getOrDefault(enumName, Map.of());
		// most cells are spelled as a normalised spelling already: no need to normalise them again
		String canonical = spellings.get(raw);
		return (canonical != null) ? canonical : spellings.get(TextNormalizer.normalize(raw));
	}

	/** The value a blank cell stands for, or {@code null} when blank means "not given". */
	String blankValue(String enumName) {
		return this.blankMeans.get(enumName);
	}

	String label(String enumName, String canonical, boolean english) {
		return (english ? this.englishLabels : this.chineseLabels).getOrDefault(enumName + "|" + canonical, canonical);
	}

	List<String> values(String enumName) {
		return this.canonicalValues.getOrDefault(enumName, List.of());
	}

}
