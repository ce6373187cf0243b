package org.annualstats.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {name}} placeholders of a SQL text. Identifiers (tables, columns, source ids) are
 * checked to be lower-case SQL identifiers before they reach the statement; nested templates share
 * the same values; generated SQL is inserted as it is. A placeholder without a value fails.
 */
public final class SqlTemplate {

	/** What jobs/ may name as a table, column or source. */
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

	private final String text;

	private final Map<String, String> identifiers = new HashMap<>();

	private final Map<String, String> templates = new HashMap<>();

	private final Map<String, String> verbatim = new HashMap<>();

	private SqlTemplate(String text) {
		this.text = text;
	}

	public static SqlTemplate of(String text) {
		return new SqlTemplate(text);
	}

	/** Whether a name from jobs/ may be used as an identifier in SQL. */
	public static boolean isIdentifier(String name) {
		return name != null && IDENTIFIER.matcher(name).matches();
	}

	public SqlTemplate identifier(String name, String value) {
		this.identifiers.put(name, checked(value));
		return this;
	}

	/** A list of identifiers, separated by commas. */
	public SqlTemplate identifiers(String name, List<String> values) {
		this.identifiers.put(name, String.join(", ", values.stream().map(SqlTemplate::checked).toList()));
		return this;
	}

	/** Another template, filled with the same values. */
	public SqlTemplate template(String name, String template) {
		this.templates.put(name, template);
		return this;
	}

	/** SQL the application generated itself, inserted unchanged. */
	public SqlTemplate sql(String name, String sql) {
		this.verbatim.put(name, sql);
		return this;
	}

	public String render() {
		return render(this.text);
	}

	private String render(String template) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value;
			if (this.identifiers.containsKey(name)) {
				value = this.identifiers.get(name);
			}
			else if (this.templates.containsKey(name)) {
				value = render(this.templates.get(name));
			}
			else if (this.verbatim.containsKey(name)) {
				value = this.verbatim.get(name);
			}
			else {
				throw new IllegalStateException("SQL placeholder {" + name + "} has no value in: " + template);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String checked(String identifier) {
		if (!isIdentifier(identifier)) {
			throw new IllegalArgumentException("Not a lower-case SQL identifier: '" + identifier + "'");
		}
		return identifier;
	}

}
