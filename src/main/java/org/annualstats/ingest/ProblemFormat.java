package org.annualstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts stored {@link Problem}s into words, for the outputs in the run's language and for operators
 * in English: the reasons of rejected rows from {@code problems.properties} (Chinese) or
 * {@code problems_en.properties}, and the messages of reconciliation findings from the patterns
 * given, which {@code jobs/checks/} declares. Fields, sources and enumeration values are named by
 * their labels in {@code jobs/sources/}.
 */
public final class ProblemFormat {

	/** {@code {n}}, or {@code {n,kind}} and {@code {n,value,m}}: see {@code problems.properties}. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,(field|source|value|choices)(?:,(\\d+))?)?}");

	/** Anything in braces, to tell an unknown placeholder from text. */
	private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");

	private final SourceCatalog catalog;

	private final boolean english;

	private final ResourceBundle bundle;

	private final Map<String, String> messages;

	private final Map<String, List<Part>> patterns = new ConcurrentHashMap<>();

	/** Rejection reasons only. */
	public ProblemFormat(SourceCatalog catalog, Locale locale) {
		this(catalog, locale, Map.of());
	}

	/** @param messages patterns of further codes in the same language, e.g. the findings' messages */
	public ProblemFormat(SourceCatalog catalog, Locale locale, Map<String, String> messages) {
		this.catalog = catalog;
		this.messages = Map.copyOf(messages);
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		// no fallback to the JVM's default locale: Chinese unless English was asked for
		this.bundle = ResourceBundle.getBundle("org.annualstats.ingest.problems",
				this.english ? Locale.ENGLISH : Locale.ROOT,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public String reason(RejectedRow row) {
		return format(row.source(), row.field(), row.reason());
	}

	/** A field of a source by its label. */
	public String field(String source, String name) {
		FieldSpec field = fieldSpec(source, name);
		return this.english ? field.labelEn() : field.labelZh();
	}

	/**
	 * @param source the source whose fields the problem names
	 * @param subject argument 0: the field of a rejected row, the record key of a finding
	 * @param stored the problem as {@link Problem#stored()} wrote it
	 */
	public String format(String source, String subject, String stored) {
		Problem problem = Problem.parse(stored);
		String pattern = this.messages.containsKey(problem.code()) ? this.messages.get(problem.code())
				: this.bundle.containsKey(problem.code()) ? this.bundle.getString(problem.code()) : null;
		if (pattern == null) {
			// written before problems were stored as codes (a run resumed after an upgrade): shown as it is
			return stored;
		}
		List<String> arguments = new ArrayList<>();
		arguments.add(subject);
		arguments.addAll(problem.arguments());
		StringBuilder text = new StringBuilder();
		for (Part part : this.patterns.computeIfAbsent(problem.code(), (code) -> parts(pattern))) {
			text.append(part.text());
			if (part.argument() >= 0) {
				text.append(show(part, source, arguments));
			}
		}
		return text.toString();
	}

	private String show(Part part, String source, List<String> arguments) {
		String argument = arguments.get(part.argument());
		return switch (part.kind()) {
			case "field" -> field(source, argument);
			case "source" -> this.english ? this.catalog.source(argument).labelEn()
					: this.catalog.source(argument).labelZh();
			case "value" -> valueLabel(fieldSpec(source, arguments.get(part.fieldArgument())), argument);
			case "choices" -> String.join(this.english ? ", " : "、", this.catalog.enumValues(argument)
				.stream()
				.map((value) -> this.catalog.enums().label(argument, value, this.english))
				.toList());
			default -> argument;
		};
	}

	private FieldSpec fieldSpec(String source, String name) {
		return this.catalog.source(source)
			.fields()
			.stream()
			.filter((f) -> f.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown field '" + name + "' of source '" + source + "'"));
	}

	private String valueLabel(FieldSpec field, String value) {
		return (field.enumName() != null) ? this.catalog.enums().label(field.enumName(), value, this.english) : value;
	}

	/**
	 * The arguments a pattern shows: the highest {@code n} of its placeholders, {@code -1} for none.
	 * @throws IllegalArgumentException naming a placeholder this class does not know
	 */
	public static int highestArgument(String pattern) {
		Matcher braces = BRACES.matcher(pattern);
		while (braces.find()) {
			if (!PLACEHOLDER.matcher(braces.group()).matches()) {
				throw new IllegalArgumentException("unknown placeholder " + braces.group() + "; placeholders are {n}, "
						+ "{n,field}, {n,source}, {n,value,m} and {n,choices}, n the argument (0: the key)");
			}
		}
		return parts(pattern).stream()
			.mapToInt((part) -> Math.max(part.argument(), part.fieldArgument()))
			.max()
			.orElse(-1);
	}

	private static List<Part> parts(String pattern) {
		List<Part> parts = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(pattern);
		int end = 0;
		while (m.find()) {
			parts.add(new Part(pattern.substring(end, m.start()), Integer.parseInt(m.group(1)),
					(m.group(2) != null) ? m.group(2) : "", (m.group(3) != null) ? Integer.parseInt(m.group(3)) : -1));
			end = m.end();
		}
		parts.add(new Part(pattern.substring(end), -1, "", -1));
		return parts;
	}

	/**
	 * Text, then the argument to show after it ({@code -1}: none) and how; a value's field is in
	 * {@code fieldArgument}.
	 */
	private record Part(String text, int argument, String kind, int fieldArgument) {
	}

}
