package org.annualstats.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.annualstats.ingest.Problem;
import org.annualstats.ingest.ProblemFormat;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.store.SqlFiles;
import org.annualstats.store.SqlTemplate;
import org.apache.commons.csv.CSVRecord;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reconciliation checks as {@code jobs/checks/} declares them: each check's id, severity, the
 * phase of the run that computes it and its name ({@code checks.csv}), the messages its findings
 * are worded with ({@code messages.csv}), and for the checks between the sources' records the query
 * that finds them ({@code <id>.sql}). Checked when the application starts: a mistake fails naming
 * the file and line.
 */
@Component
public class ReconciliationChecks implements SmartInitializingSingleton {

	static final String CHECKS = "checks/checks.csv";

	static final String MESSAGES = "checks/messages.csv";

	/** The columns of a check query before the arguments of its message. */
	private static final List<String> QUERY_COLUMNS = List.of("source", "record_key");

	/**
	 * When a check is computed: {@code duplicates} by the duplicate detection of the staged rows,
	 * {@code staged} by the checks of what was read (totals rows, missing folders), {@code records}
	 * by its query in {@code jobs/checks/<id>.sql} once the year's records are replaced, and
	 * {@code changes} by the review of changes against the previous year.
	 */
	public enum Phase {

		DUPLICATES, STAGED, RECORDS, CHANGES;

		String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A declared check.
	 * @param query for phase {@code records}: the query of {@code jobs/checks/<id>.sql}, else {@code null}
	 * @param arguments the query's columns after {@code source} and {@code record_key}: its message's
	 * arguments {1}, {2} …
	 */
	public record Check(String id, Severity severity, Phase phase, String labelZh, String labelEn, String query,
			List<String> arguments, int line) {

		public String label(boolean english) {
			return english ? this.labelEn : this.labelZh;
		}

	}

	/** How a check of the records stores its findings: its query's rows as findings of its one message. */
	record RecordsCheck(Check check, Message message, String insert) {

		MapSqlParameterSource parameters(MapSqlParameterSource run) {
			return new MapSqlParameterSource(run.getValues()).addValue("check_id", this.check.id())
				.addValue("severity", this.message.severity().id())
				.addValue("message", this.message.code());
		}

	}

	/** A message of a check's findings, with the severity of those findings. */
	public record Message(String code, String checkId, Severity severity, String textZh, String textEn, int line) {
	}

	private static final SqlFiles SQL = new SqlFiles(ReconciliationChecks.class);

	private final Map<String, Check> checks = new LinkedHashMap<>();

	private final Map<String, Message> messages = new LinkedHashMap<>();

	/** The checks the program said it computes, as it started. */
	private final Set<String> computed = new HashSet<>();

	public ReconciliationChecks(JobsFiles jobs, NamedParameterJdbcTemplate jdbc) {
		for (CSVRecord row : jobs.csv(CHECKS, (row) -> row)) {
			Check check = check(row, jobs, jdbc);
			if (this.checks.putIfAbsent(check.id(), check) != null) {
				throw new IllegalStateException(where(CHECKS, row, "check_id") + check.id() + " is declared on line "
						+ this.checks.get(check.id()).line() + " already");
			}
		}
		for (CSVRecord row : jobs.csv(MESSAGES, (row) -> row)) {
			Message message = message(row);
			if (this.messages.putIfAbsent(message.code(), message) != null) {
				throw new IllegalStateException(where(MESSAGES, row, "message") + message.code()
						+ " is declared on line " + this.messages.get(message.code()).line() + " already");
			}
		}
		queryFilesHaveTheirChecks(jobs);
		checksHaveTheirMessages();
	}

	private void queryFilesHaveTheirChecks(JobsFiles jobs) {
		for (String file : jobs.list("checks", ".sql")) {
			String id = file.substring(0, file.length() - ".sql".length());
			Check check = this.checks.get(id);
			if (check == null || check.phase() != Phase.RECORDS) {
				throw new IllegalStateException("jobs/checks/" + file + ": " + id + " is not a check of phase records "
						+ "in jobs/" + CHECKS + ((check == null) ? "" : " (line " + check.line() + ")")
						+ "; a query file needs its row there");
			}
		}
	}

	/** Every check has its messages; a query's has one, whose placeholders are the query's columns. */
	private void checksHaveTheirMessages() {
		for (Check check : this.checks.values()) {
			List<Message> own = messagesOf(check.id());
			if (own.isEmpty() || check.phase() == Phase.RECORDS && own.size() > 1) {
				throw new IllegalStateException("jobs/" + CHECKS + " line " + check.line() + ": " + check.id() + " has "
						+ own.size() + " messages in jobs/" + MESSAGES + "; expected "
						+ ((check.phase() == Phase.RECORDS) ? "exactly one, the one its query's findings are worded with"
								: "at least one"));
			}
			if (check.phase() == Phase.RECORDS) {
				Message message = own.get(0);
				for (String text : List.of(message.textZh(), message.textEn())) {
					int highest = ProblemFormat.highestArgument(text);
					if (highest > check.arguments().size()) {
						throw new IllegalStateException("jobs/" + MESSAGES + " line " + message.line() + ": unknown "
								+ "placeholder {" + highest + "} in the message of " + check.id() + "; jobs/checks/"
								+ check.id() + ".sql gives {0} record_key"
								+ argumentNames(check.arguments()));
					}
				}
			}
		}
	}

	private static String argumentNames(List<String> arguments) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < arguments.size(); i++) {
			names.append(", {").append(i + 1).append("} ").append(arguments.get(i));
		}
		return names.toString();
	}

	private Check check(CSVRecord row, JobsFiles jobs, NamedParameterJdbcTemplate jdbc) {
		String id = value(CHECKS, row, "check_id");
		// the findings are listed in the order of this number
		if (!id.matches("R[1-9][0-9]{0,8}")) {
			throw new IllegalStateException(where(CHECKS, row, "check_id") + "'" + id + "' is not a check id: R and "
					+ "a number, as R12");
		}
		Severity severity = choice(CHECKS, row, "severity", Severity.values(), Severity::id);
		Phase phase = choice(CHECKS, row, "phase", Phase.values(), Phase::id);
		String labelZh = value(CHECKS, row, "label_zh");
		String labelEn = value(CHECKS, row, "label_en");
		if (labelZh.isEmpty() || labelEn.isEmpty()) {
			throw new IllegalStateException(where(CHECKS, row, labelZh.isEmpty() ? "label_zh" : "label_en")
					+ "empty; every check has a Chinese and an English name");
		}
		String query = null;
		List<String> arguments = List.of();
		if (phase == Phase.RECORDS) {
			String file = "checks/" + id + ".sql";
			if (!jobs.exists(file)) {
				throw new IllegalStateException(where(CHECKS, row, "phase") + id + " is computed by its query, but "
						+ "jobs/" + file + " does not exist");
			}
			query = jobs.text(file).strip().replaceAll(";$", "");
			arguments = arguments(file, query, jdbc);
		}
		return new Check(id, severity, phase, labelZh, labelEn, query, arguments, line(row));
	}

	/** The query's columns after source and record_key, learnt from the store without running it. */
	private static List<String> arguments(String file, String query, NamedParameterJdbcTemplate jdbc) {
		List<String> columns = new ArrayList<>();
		try {
			String noRows = SqlTemplate.of("SELECT * FROM (\n{check}\n) f WHERE 1 = 0").sql("check", query).render();
			jdbc.query(noRows, parameters("", 2000), (ResultSetExtractor<Void>) (rs) -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					columns.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
				}
				return null;
			});
		}
		catch (DataAccessException ex) {
			// the store's message, with the file it is about: the console shows only the deepest cause
			throw new IllegalStateException("jobs/" + file + ": " + ex.getMostSpecificCause().getMessage());
		}
		if (columns.size() < QUERY_COLUMNS.size() || !columns.subList(0, 2).equals(QUERY_COLUMNS)
				|| !columns.stream().allMatch(SqlTemplate::isIdentifier)) {
			throw new IllegalStateException("jobs/" + file + ": selects " + columns + "; expected source, record_key, "
					+ "then the arguments {1}, {2} … of the check's message, each named in lower-case letters, digits "
					+ "and _");
		}
		return List.copyOf(columns.subList(2, columns.size()));
	}

	/** What a check query may use: the run, its year, and the first and last day of the year. */
	static MapSqlParameterSource parameters(String runId, int year) {
		return new MapSqlParameterSource().addValue("run_id", runId)
			.addValue("year", year)
			.addValue("year_start", LocalDate.of(year, 1, 1))
			.addValue("year_end", LocalDate.of(year, 12, 31));
	}

	private Message message(CSVRecord row) {
		String code = value(MESSAGES, row, "message");
		if (!SqlTemplate.isIdentifier(code)) {
			throw new IllegalStateException(where(MESSAGES, row, "message") + "'" + code + "' is not a message code: "
					+ "lower-case letters, digits and _");
		}
		String checkId = value(MESSAGES, row, "check_id");
		Check check = this.checks.get(checkId);
		if (check == null) {
			throw new IllegalStateException(where(MESSAGES, row, "check_id") + "unknown check '" + checkId + "'; "
					+ "jobs/" + CHECKS + " declares " + this.checks.keySet());
		}
		// empty: the check's severity
		Severity severity = value(MESSAGES, row, "severity").isEmpty() ? check.severity()
				: choice(MESSAGES, row, "severity", Severity.values(), Severity::id);
		Message message = new Message(code, checkId, severity, value(MESSAGES, row, "message_zh"),
				value(MESSAGES, row, "message_en"), line(row));
		for (String column : List.of("message_zh", "message_en")) {
			String text = value(MESSAGES, row, column);
			if (text.isEmpty()) {
				throw new IllegalStateException(where(MESSAGES, row, column) + "empty; every message is worded in "
						+ "Chinese and English");
			}
			try {
				ProblemFormat.highestArgument(text);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(where(MESSAGES, row, column) + ex.getMessage());
			}
		}
		return message;
	}

	private static <T> T choice(String file, CSVRecord row, String column, T[] choices, Function<T, String> id) {
		String value = value(file, row, column);
		return Arrays.stream(choices)
			.filter((choice) -> id.apply(choice).equals(value))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(where(file, row, column) + "'" + value + "' is not one of "
					+ Arrays.stream(choices).map(id).toList()));
	}

	private static String value(String file, CSVRecord row, String column) {
		if (!row.isMapped(column)) {
			throw new IllegalStateException("jobs/" + file + ": no column '" + column + "'");
		}
		return row.isSet(column) ? row.get(column) : "";
	}

	private static String where(String file, CSVRecord row, String column) {
		return "jobs/" + file + " line " + line(row) + ", column '" + column + "': ";
	}

	private static int line(CSVRecord row) {
		return (int) row.getRecordNumber() + 1;
	}

	private List<Message> messagesOf(String checkId) {
		return this.messages.values().stream().filter((message) -> message.checkId().equals(checkId)).toList();
	}

	/**
	 * Fails, at start-up, when the code that computes a check and writes the given messages finds it
	 * not declared as such.
	 */
	public void computes(String checkId, Phase phase, String... messageCodes) {
		Check check = this.checks.get(checkId);
		if (check == null || check.phase() != phase) {
			throw new IllegalStateException("jobs/" + CHECKS + ": " + checkId + ", which the " + phase.id()
					+ " phase computes, is " + ((check == null) ? "not declared"
							: "declared with phase " + check.phase().id() + " on line " + check.line()));
		}
		this.computed.add(checkId);
		for (String code : messageCodes) {
			Message message = this.messages.get(code);
			if (message == null || !message.checkId().equals(checkId)) {
				throw new IllegalStateException("jobs/" + MESSAGES + ": message " + code + " of " + checkId
						+ ", which the " + phase.id() + " phase writes, is " + ((message == null) ? "not declared"
								: "declared for " + message.checkId() + " on line " + message.line()));
			}
		}
	}

	/** Once the program has started: a check declared for it to compute that nothing computes fails. */
	@Override
	public void afterSingletonsInstantiated() {
		if (this.computed.isEmpty()) {
			// a command that only reads recorded runs starts without the parts that compute checks
			return;
		}
		for (Check check : this.checks.values()) {
			if (check.phase() != Phase.RECORDS && !this.computed.contains(check.id())) {
				throw new IllegalStateException("jobs/" + CHECKS + " line " + check.line() + ": nothing computes "
						+ check.id() + " in the " + check.phase().id() + " phase; the program computes "
						+ this.computed.stream().sorted(Comparator.comparingInt((id) -> Integer.parseInt(id.substring(1))))
							.toList()
						+ ", and a check of phase records is computed by its query");
			}
		}
	}

	/**
	 * As {@link #computes}, for a check whose statement writes its severity itself: the severity
	 * declared for its message must be that one.
	 */
	void computes(String checkId, Phase phase, Severity written, String messageCode) {
		computes(checkId, phase, messageCode);
		Message message = this.messages.get(messageCode);
		if (message.severity() != written) {
			throw new IllegalStateException("jobs/" + MESSAGES + " line " + message.line() + ": the " + phase.id()
					+ " phase writes " + messageCode + " of " + checkId + " as " + written.id() + ", not "
					+ message.severity().id() + " (an empty severity is the check's in jobs/" + CHECKS + ")");
		}
	}

	/** A finding of the check whose message {@code code} is, with that message's severity. */
	public Finding finding(String code, String source, String key, Object... arguments) {
		Message message = this.messages.get(code);
		if (message == null) {
			throw new IllegalArgumentException("Message " + code + " is not in jobs/" + MESSAGES);
		}
		return new Finding(message.checkId(), message.severity(), source, key, Problem.of(code, arguments).stored());
	}

	/** The checks in the order of {@code checks.csv}. */
	public List<Check> checks() {
		return List.copyOf(this.checks.values());
	}

	/** The checks of the year's records, each with the statement that stores its findings. */
	List<RecordsCheck> queries() {
		return this.checks.values()
			.stream()
			.filter((check) -> check.phase() == Phase.RECORDS)
			.map((check) -> new RecordsCheck(check, messagesOf(check.id()).get(0),
					SqlTemplate.of(SQL.get("insert-check-findings.sql"))
						.sql("check", check.query())
						.sql("message", storedMessage(check))
						.render()))
			.toList();
	}

	/**
	 * The message as {@link Problem#stored()} writes it: the code, then each column after the key,
	 * escaped; the columns were checked to be identifiers when the check was read.
	 */
	private static String storedMessage(Check check) {
		StringBuilder sql = new StringBuilder("CAST(:message AS VARCHAR(100))");
		for (String column : check.arguments()) {
			sql.append(" || '|' || REPLACE(REPLACE(COALESCE(CAST(f.")
				.append(column)
				.append(" AS VARCHAR(1000)), ''), '\\', '\\\\'), '|', '\\|')");
		}
		return sql.toString();
	}

	/** A declared check; empty for an id no longer declared, as findings of older runs may have. */
	public Optional<Check> check(String id) {
		return Optional.ofNullable(this.checks.get(id));
	}

	/** Every message's pattern by its code, in one language, for {@link ProblemFormat}. */
	public Map<String, String> patterns(boolean english) {
		Map<String, String> patterns = new LinkedHashMap<>();
		this.messages.values().forEach((m) -> patterns.put(m.code(), english ? m.textEn() : m.textZh()));
		return patterns;
	}

}
