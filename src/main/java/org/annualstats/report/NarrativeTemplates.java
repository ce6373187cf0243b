package org.annualstats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricCatalogue;

import org.springframework.stereotype.Component;

/**
 * The sentences of the narrative (文字说明) per area, from {@code jobs/narrative/<area>.txt} (Chinese)
 * and {@code jobs/narrative/en/<area>.txt} (English), read and checked when the application starts:
 * an unknown metric, format or condition stops it naming the file and line.
 */
@Component
public class NarrativeTemplates {

	/** {@code {year}}, {@code {metric.id}} or {@code {metric.id:format}}. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_.]*)(?::([^}]+))?}");

	private static final Pattern CONDITION = Pattern.compile("\\[if ([a-z0-9_.]+)(?: (=|!=) ([a-z0-9_.]+))?]\\s*");

	/** The formats of a figure, each with its Chinese and English name. */
	static final Map<String, String> FORMATS = Map.of("上年", "previous", "previous", "previous", "同比", "change",
			"change", "change", "倍数", "multiple", "multiple", "multiple", "升降", "direction", "direction",
			"direction");

	private static final Set<String> YEARS = Set.of("year", "previous_year");

	private final Map<String, List<Sentence>> chinese = new LinkedHashMap<>();

	private final Map<String, List<Sentence>> english = new LinkedHashMap<>();

	/**
	 * One sentence of a template.
	 *
	 * @param whenAllFigures left out when one of its figures is 0 or missing ({@code ?})
	 * @param left with {@code right}, the metrics of an {@code [if left = right]} condition
	 * @param equal whether the condition asks for equal ({@code =}) or different ({@code !=}) figures
	 */
	record Sentence(String text, boolean whenAllFigures, String left, String right, boolean equal) {
	}

	public NarrativeTemplates(JobsFiles jobs, MetricCatalogue catalogue) {
		for (MetricCatalogue.Area area : catalogue.areaDefinitions()) {
			this.chinese.put(area.id(), read(jobs, catalogue, "narrative/" + area.id() + ".txt"));
			this.english.put(area.id(), read(jobs, catalogue, "narrative/en/" + area.id() + ".txt"));
		}
	}

	List<Sentence> sentences(String area, Locale locale) {
		boolean inEnglish = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		return (inEnglish ? this.english : this.chinese).getOrDefault(area, List.of());
	}

	private static List<Sentence> read(JobsFiles jobs, MetricCatalogue catalogue, String file) {
		List<Sentence> sentences = new ArrayList<>();
		String[] lines = jobs.text(file).split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String where = "jobs/" + file + " line " + (i + 1);
			boolean whenAllFigures = line.startsWith("?");
			String left = null;
			String right = null;
			boolean equal = true;
			if (whenAllFigures) {
				line = line.substring(1).strip();
			}
			else if (line.startsWith("[if")) {
				Matcher condition = CONDITION.matcher(line);
				if (!condition.lookingAt()) {
					throw new IllegalStateException(where + ": the condition is not [if metric] or [if metric = metric]"
							+ " or [if metric != metric]");
				}
				left = known(catalogue, condition.group(1), where);
				right = (condition.group(3) != null) ? known(catalogue, condition.group(3), where) : null;
				equal = !"!=".equals(condition.group(2));
				line = line.substring(condition.end());
			}
			Matcher placeholder = PLACEHOLDER.matcher(line);
			while (placeholder.find()) {
				String name = placeholder.group(1);
				if (YEARS.contains(name) && placeholder.group(2) == null) {
					continue;
				}
				known(catalogue, name, where);
				if (placeholder.group(2) != null && !FORMATS.containsKey(placeholder.group(2))) {
					throw new IllegalStateException(where + ": unknown format '" + placeholder.group(2) + "' in "
							+ placeholder.group() + "; known: " + FORMATS.keySet());
				}
			}
			if (line.replaceAll(PLACEHOLDER.pattern(), "").contains("{")) {
				throw new IllegalStateException(where + ": a placeholder is not {metric.id} or {metric.id:format}");
			}
			sentences.add(new Sentence(line, whenAllFigures, left, right, equal));
		}
		return sentences;
	}

	private static String known(MetricCatalogue catalogue, String metricId, String where) {
		if (catalogue.metrics().stream().noneMatch((metric) -> metric.id().equals(metricId))) {
			throw new IllegalStateException(where + ": unknown placeholder {" + metricId
					+ "}; placeholders are {year}, {previous_year} and metric ids of jobs/metrics/catalogue.csv");
		}
		return metricId;
	}

}
