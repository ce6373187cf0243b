package org.annualstats.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.annualstats.metrics.SourceRows.Column;
import org.annualstats.store.SqlTemplate;

/**
 * The rows a metric counts, as {@code jobs/metrics/definitions.csv} states them: comparisons of a
 * source's columns with values, parameters or other columns (a date moved by whole days),
 * {@code is null}, {@code in (…)}, a yes/no column on its own, combined with {@code and},
 * {@code or}, {@code not} and parentheses:
 *
 * <pre>
 * category = 'WAGE_FILED'
 * acceptance = 'ACCEPTED' and (closed_on is null or closed_on &gt; :as_of)
 * verification in ('VERIFIED_TRUE', 'VERIFIED_FALSE') and verified_on &lt;= :as_of
 * closed_on &lt;= opened_on + 60
 * transferred_to_police
 * </pre>
 *
 * Every column is checked against the source's rows and every value of an enumerated field against
 * its values, so that a typo fails at start-up instead of counting nothing. A comparison with an
 * empty value is false; {@code not} makes it true.
 */
final class RowFilter {

	/** The parameters a filter may use, and what they hold. */
	static final Map<String, ColumnKind> PARAMETERS = Map.of("year", ColumnKind.NUMBER, "as_of", ColumnKind.DATE,
			"year_start", ColumnKind.DATE, "year_end", ColumnKind.DATE);

	private static final Map<String, String> PARAMETER_WORDS = Map.of("year", "the year", "as_of",
			"the cut-off date", "year_start", "1 January of the year", "year_end", "31 December of the year");

	private static final Set<String> ORDERED = Set.of("<", "<=", ">", ">=");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "is", "null", "in", "true", "false");

	private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<word>[A-Za-z_][A-Za-z0-9_]*)"
			+ "|(?<parameter>:[a-z_]+)|(?<string>'(?:[^']|'')*')|(?<number>\\d+(?:\\.\\d+)?)"
			+ "|(?<operator><=|>=|<>|!=|=|<|>)|(?<mark>[(),+-]))");

	private final String text;

	private final Condition condition;

	private RowFilter(String text, Condition condition) {
		this.text = text;
		this.condition = condition;
	}

	/**
	 * @throws IllegalArgumentException saying what is wrong and where, when the text is not a
	 * filter over these rows
	 */
	static RowFilter parse(String text, SourceRows rows) {
		if (text.isBlank()) {
			return new RowFilter("", null);
		}
		Parser parser = new Parser(tokens(text), rows);
		Condition condition = parser.disjunction();
		parser.expectEnd();
		return new RowFilter(text.strip(), condition);
	}

	boolean isEmpty() {
		return this.condition == null;
	}

	/** The condition in SQL over the rows aliased {@code r}; {@code TRUE} when every row counts. */
	String sql() {
		return isEmpty() ? "TRUE" : this.condition.sql();
	}

	String words() {
		return isEmpty() ? "every row" : this.condition.words();
	}

	@Override
	public String toString() {
		return this.text;
	}

	private interface Condition {

		String sql();

		String words();

	}

	private record All(List<Condition> parts, String joiner) implements Condition {

		@Override
		public String sql() {
			String sql = this.parts.stream().map(Condition::sql).collect(Collectors.joining(" " + this.joiner + " "));
			return "(" + sql + ")";
		}

		@Override
		public String words() {
			String words = this.parts.stream()
				.map(Condition::words)
				.collect(Collectors.joining(" " + this.joiner.toLowerCase(Locale.ROOT) + " "));
			return "OR".equals(this.joiner) ? "(" + words + ")" : words;
		}

	}

	/** Two-valued: a condition on an empty value is false, so its negation is true. */
	private record Not(Condition condition) implements Condition {

		@Override
		public String sql() {
			return (isAlternative() ? this.condition.sql() : "(" + this.condition.sql() + ")") + " IS NOT TRUE";
		}

		@Override
		public String words() {
			return "not " + (isAlternative() ? this.condition.words() : "(" + this.condition.words() + ")");
		}

		/** Alternatives come in parentheses already. */
		private boolean isAlternative() {
			return this.condition instanceof All all && "OR".equals(all.joiner());
		}

	}

	private record Predicate(String sql, String words) implements Condition {
	}

	/** A column, a parameter or a literal value. */
	private record Operand(String sql, ColumnKind kind, String words, Column column, String literal) {

		boolean isColumn() {
			return this.column != null;
		}

		/** A literal in words: an enumeration value by its label. */
		String words(Operand other) {
			if (this.literal != null && other.isColumn() && other.column().values().containsKey(this.literal)) {
				return other.column().values().get(this.literal);
			}
			return this.words;
		}

	}

	private record Token(String kind, String text, int position) {

		boolean is(String keyword) {
			return "word".equals(this.kind) && this.text.equalsIgnoreCase(keyword);
		}

		boolean isMark(String mark) {
			return "mark".equals(this.kind) && this.text.equals(mark);
		}

	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		int position = 0;
		while (position < text.length()) {
			if (text.substring(position).isBlank()) {
				break;
			}
			if (!matcher.region(position, text.length()).lookingAt()) {
				throw new IllegalArgumentException("cannot read '" + text.substring(position).strip() + "'");
			}
			for (String kind : List.of("word", "parameter", "string", "number", "operator", "mark")) {
				if (matcher.group(kind) != null) {
					tokens.add(new Token(kind, matcher.group(kind), matcher.start(kind)));
				}
			}
			position = matcher.end();
		}
		tokens.add(new Token("end", "", text.length()));
		return tokens;
	}

	/** Recursive descent: or binds loosest, then and, then not. */
	private static final class Parser {

		private final List<Token> tokens;

		private final SourceRows rows;

		private int next;

		Parser(List<Token> tokens, SourceRows rows) {
			this.tokens = tokens;
			this.rows = rows;
		}

		Condition disjunction() {
			return joined("or", this::conjunction);
		}

		private Condition conjunction() {
			return joined("and", this::negation);
		}

		/** Parts separated by a keyword, or the one part. */
		private Condition joined(String keyword, Supplier<Condition> part) {
			List<Condition> parts = new ArrayList<>(List.of(part.get()));
			while (take(keyword)) {
				parts.add(part.get());
			}
			return (parts.size() == 1) ? parts.get(0) : new All(parts, keyword.toUpperCase(Locale.ROOT));
		}

		private Condition negation() {
			if (peek().is("not")) {
				this.next++;
				return new Not(negation());
			}
			if (peek().isMark("(")) {
				this.next++;
				Condition inner = disjunction();
				expect(")");
				return inner;
			}
			return predicate();
		}

		private Condition predicate() {
			Operand left = operand();
			Token token = peek();
			if ("operator".equals(token.kind())) {
				this.next++;
				return comparison(left, token, operand());
			}
			if (token.is("is")) {
				this.next++;
				boolean not = take("not");
				expectWord("null");
				column(left, token);
				return new Predicate(left.sql() + (not ? " IS NOT NULL" : " IS NULL"),
						left.words() + (not ? " is filled in" : " is empty"));
			}
			if (token.is("not") || token.is("in")) {
				boolean not = take("not");
				expectWord("in");
				Condition in = in(column(left, token));
				return not ? new Not(in) : in;
			}
			if (!left.isColumn() || left.kind() != ColumnKind.BOOLEAN) {
				throw error(token, "a condition, e.g. " + left.words() + " = …; only a yes/no column stands alone");
			}
			return new Predicate(left.sql() + " = TRUE", left.words());
		}

		private Condition comparison(Operand left, Token operator, Operand right) {
			if (!left.isColumn() && !right.isColumn()) {
				throw error(operator, "a comparison that involves a column");
			}
			if (left.kind() != right.kind()) {
				throw error(operator, "values of one kind on both sides, not " + left.kind().word() + " and "
						+ right.kind().word());
			}
			String op = "!=".equals(operator.text()) ? "<>" : operator.text();
			if (ORDERED.contains(op) && left.kind() != ColumnKind.DATE && left.kind() != ColumnKind.NUMBER) {
				throw error(operator, "= or <> between " + left.kind().word() + " values");
			}
			checkValue(left, right);
			checkValue(right, left);
			return new Predicate(left.sql() + " " + op + " " + right.sql(),
					left.words(right) + " " + words(op, left.kind()) + " " + right.words(left));
		}

		private Condition in(Operand column) {
			Token open = peek();
			expect("(");
			List<Operand> values = new ArrayList<>();
			do {
				Operand value = operand();
				if (value.literal() == null || value.kind() != column.kind()) {
					throw error(open, "a list of " + column.kind().word() + " values");
				}
				checkValue(column, value);
				values.add(value);
			}
			while (take(","));
			expect(")");
			return new Predicate(
					column.sql() + " IN (" + values.stream().map(Operand::sql).collect(Collectors.joining(", ")) + ")",
					column.words() + " is " + ((values.size() == 1) ? "" : "one of ")
							+ values.stream().map((v) -> v.words(column)).collect(Collectors.joining(", ")));
		}

		/** An operand; a date may be moved by whole days: {@code opened_on + 60}. */
		private Operand operand() {
			Operand operand = term();
			Token sign = peek();
			if (!sign.isMark("+") && !sign.isMark("-")) {
				return operand;
			}
			this.next++;
			Token days = this.tokens.get(this.next++);
			if (operand.kind() != ColumnKind.DATE || !"number".equals(days.kind()) || !days.text().matches("\\d+")) {
				throw error(sign, "a date " + sign.text() + " a whole number of days");
			}
			return new Operand("(" + operand.sql() + " " + sign.text() + " " + days.text() + ")", ColumnKind.DATE,
					operand.words() + " " + sign.text() + " " + days.text() + " days", operand.column(), null);
		}

		private Operand term() {
			Token token = this.tokens.get(this.next++);
			switch (token.kind()) {
				case "parameter" -> {
					String name = token.text().substring(1);
					ColumnKind kind = PARAMETERS.get(name);
					if (kind == null) {
						throw error(token, "a parameter out of :" + String.join(", :", PARAMETERS.keySet()));
					}
					return new Operand(token.text(), kind, PARAMETER_WORDS.get(name), null, null);
				}
				case "string" -> {
					String value = token.text().substring(1, token.text().length() - 1).replace("''", "'");
					return new Operand(token.text(), ColumnKind.TEXT, token.text(), null, value);
				}
				case "number" -> {
					return new Operand(token.text(), ColumnKind.NUMBER, token.text(), null, token.text());
				}
				case "word" -> {
					String word = token.text().toLowerCase(Locale.ROOT);
					if (word.equals("true") || word.equals("false")) {
						return new Operand(word.toUpperCase(Locale.ROOT), ColumnKind.BOOLEAN, word, null, word);
					}
					if (KEYWORDS.contains(word)) {
						throw error(token, "a column, a value or a parameter");
					}
					if (!SqlTemplate.isIdentifier(token.text())) {
						throw error(token, "a column name in lower case");
					}
					Column column = this.rows.require(token.text());
					return new Operand("r." + column.name(), column.kind(), column.label(), column, null);
				}
				default -> throw error(token, "a column, a value or a parameter");
			}
		}

		private Operand column(Operand operand, Token at) {
			if (!operand.isColumn()) {
				throw error(at, "a column before '" + at.text() + "'");
			}
			return operand;
		}

		/** A literal compared with an enumerated field must be one of its values. */
		private static void checkValue(Operand column, Operand value) {
			Map<String, String> values = column.isColumn() ? column.column().values() : Map.of();
			if (value.literal() != null && !values.isEmpty() && !values.containsKey(value.literal())) {
				throw new IllegalArgumentException("'" + value.literal() + "' is not a value of "
						+ column.column().name() + "; values: " + String.join(", ", values.keySet()));
			}
		}

		private static String words(String operator, ColumnKind kind) {
			boolean dates = kind == ColumnKind.DATE;
			return switch (operator) {
				case "=" -> "is";
				case "<>" -> "is not";
				case "<" -> dates ? "is before" : "is less than";
				case "<=" -> dates ? "is on or before" : "is at most";
				case ">" -> dates ? "is after" : "is more than";
				default -> dates ? "is on or after" : "is at least";
			};
		}

		private Token peek() {
			return this.tokens.get(this.next);
		}

		private boolean take(String text) {
			Token token = peek();
			if (token.is(text) || token.isMark(text)) {
				this.next++;
				return true;
			}
			return false;
		}

		private void expect(String mark) {
			if (!take(mark)) {
				throw error(peek(), "'" + mark + "'");
			}
		}

		private void expectWord(String word) {
			if (!take(word)) {
				throw error(peek(), "'" + word + "'");
			}
		}

		void expectEnd() {
			if (!"end".equals(peek().kind())) {
				throw error(peek(), "and, or, or the end of the filter");
			}
		}

		private static IllegalArgumentException error(Token token, String expected) {
			String found = "end".equals(token.kind()) ? "the end" : "'" + token.text() + "'";
			return new IllegalArgumentException("expected " + expected + " at character " + (token.position() + 1)
					+ ", found " + found);
		}

	}

}
