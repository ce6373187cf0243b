package org.annualstats.operate;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.annualstats.store.SqlFiles;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The record of every run: what was asked, when, and how it ended. */
@Repository
class RunRepository {

	static final String DIED_MESSAGE = "the process ended without recording an outcome (killed, crashed or its "
			+ "machine stopped)";

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(RunRepository.class);

	RunRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void started(String runId, int year, LocalDate asOf, String locale, String trigger, String inputRoot,
			String outputRoot, LocalDateTime startedAt) {
		this.jdbc.update(this.sql.get("insert-run.sql"),
				new MapSqlParameterSource().addValue("run_id", runId)
					.addValue("year", year)
					.addValue("as_of", asOf)
					.addValue("locale", locale)
					.addValue("trigger", trigger)
					.addValue("status", RunStatus.RUNNING.name())
					.addValue("input_root", inputRoot)
					.addValue("output_root", outputRoot)
					.addValue("started_at", Timestamp.valueOf(startedAt)));
	}

	/** The fingerprints of the definitions a run computes its figures by, keyed by metric id. */
	void definitions(String runId, Map<String, String> fingerprints) {
		this.jdbc.batchUpdate(this.sql.get("insert-run-definition.sql"), fingerprints.entrySet()
			.stream()
			.map((e) -> new MapSqlParameterSource().addValue("run_id", runId)
				.addValue("definition_id", e.getKey())
				.addValue("sha256", e.getValue()))
			.toArray(SqlParameterSource[]::new));
	}

	/** What a run's figures depend on besides its records; its input files come from the provenance. */
	RunContext context(String runId, Map<String, String> files) {
		Map<String, String> definitions = new TreeMap<>();
		this.jdbc.query(this.sql.get("select-run-definitions.sql"), Map.of("run_id", runId),
				(RowCallbackHandler) (rs) -> definitions.put(rs.getString("definition_id"), rs.getString("sha256")));
		return this.jdbc.queryForObject(this.sql.get("select-run-context.sql"), Map.of("run_id", runId),
				(rs, i) -> new RunContext(runId, rs.getObject("as_of", LocalDate.class), rs.getString("locale"), files,
						definitions));
	}

	void ended(String runId, RunStatus status, String message) {
		this.jdbc.update(this.sql.get("update-run-end.sql"),
				new MapSqlParameterSource().addValue("run_id", runId)
					.addValue("status", status.name())
					.addValue("ended_at", Timestamp.valueOf(LocalDateTime.now()))
					.addValue("message", (message != null && message.length() > 2000) ? message.substring(0, 2000)
							: message));
	}

	/** A resumed run is running again. */
	void resumed(String runId) {
		this.jdbc.update(this.sql.get("update-run-resumed.sql"),
				Map.of("run_id", runId, "status", RunStatus.RUNNING.name()));
	}

	/**
	 * The year's runs still recorded RUNNING when a process takes the year: their processes died.
	 *
	 * @return the ids of those runs
	 */
	List<String> markDied(int year) {
		List<String> died = this.jdbc.queryForList(this.sql.get("select-running.sql"),
				Map.of("year", year, "running", RunStatus.RUNNING.name()), String.class);
		this.jdbc.update(this.sql.get("update-run-died.sql"), Map.of("year", year, "status", RunStatus.DIED.name(),
				"running", RunStatus.RUNNING.name(), "message", DIED_MESSAGE));
		return died;
	}

	/**
	 * The year's latest run if it did not complete (failed, stopped, or killed while running);
	 * empty when the latest run completed.
	 */
	Optional<String> latestUnfinished(int year) {
		return history(year).stream()
			.findFirst()
			.filter((run) -> run.status() != RunStatus.PUBLISHED)
			.map(RunHistoryEntry::runId);
	}

	LocalDateTime startedAt(String runId) {
		return this.jdbc.queryForObject(this.sql.get("select-started-at.sql"), Map.of("run_id", runId),
				LocalDateTime.class);
	}

	/** The statistical year of a run; empty when the store has no run of this id. */
	Optional<Integer> year(String runId) {
		return this.jdbc.queryForList(this.sql.get("select-run-year.sql"), Map.of("run_id", runId), Integer.class)
			.stream()
			.findFirst();
	}

	/** Records the SHA-256 of the working-day calendar a run's figures count on. */
	void countsOn(String runId, String calendar) {
		this.jdbc.update(this.sql.get("update-run-calendar.sql"),
				new MapSqlParameterSource().addValue("run_id", runId).addValue("calendar_sha256", calendar));
	}

	/** The SHA-256 of the working-day calendar a run's figures counted on. */
	String calendar(String runId) {
		return this.jdbc.queryForObject(this.sql.get("select-run-calendar.sql"), Map.of("run_id", runId),
				String.class);
	}

	/** The cut-off date of a run of the year; empty when the year has no such run. */
	Optional<LocalDate> asOf(String runId, int year) {
		return this.jdbc
			.queryForList(this.sql.get("select-as-of.sql"), Map.of("run_id", runId, "year", year), LocalDate.class)
			.stream()
			.findFirst();
	}

	/** Runs as recorded, newest first; {@code year} 0 for every year. */
	List<RunHistoryEntry> history(int year) {
		return this.jdbc.query(this.sql.get("select-history.sql"), Map.of("year", year),
				(rs, i) -> new RunHistoryEntry(rs.getString("run_id"), rs.getInt("stat_year"),
						rs.getString("run_trigger"), RunStatus.valueOf(rs.getString("status")),
						rs.getObject("started_at", LocalDateTime.class), rs.getObject("ended_at", LocalDateTime.class),
						rs.getLong("rows_read"), rs.getLong("findings"), rs.getString("message"),
						rs.getString("input_root"), rs.getString("output_root"), false));
	}

	/** For every year before {@code year}, its latest completed run. */
	SortedMap<Integer, String> latestCompletedBefore(int year) {
		SortedMap<Integer, String> runs = new TreeMap<>();
		this.jdbc.query(this.sql.get("select-latest-completed-before.sql"),
				Map.of("year", year, "status", RunStatus.PUBLISHED.name()),
				(RowCallbackHandler) (rs) -> runs.putIfAbsent(rs.getInt("stat_year"), rs.getString("run_id")));
		return runs;
	}

	/** The latest run of the year that completed: its figures are that year's. */
	Optional<String> latestCompleted(int year) {
		List<String> ids = this.jdbc.queryForList(this.sql.get("select-latest-completed.sql"),
				Map.of("year", year, "status", RunStatus.PUBLISHED.name()), String.class);
		return ids.stream().findFirst();
	}

	/** Records the previous year's run whose figures a run compared its own with; {@code null}: none. */
	void compared(String runId, String previousRunId) {
		this.jdbc.update(this.sql.get("update-run-previous.sql"),
				new MapSqlParameterSource().addValue("run_id", runId).addValue("previous_run_id", previousRunId));
	}

	/** The previous year's run whose figures a run compared its own with; empty when none. */
	Optional<String> comparedWith(String runId) {
		List<String> ids = this.jdbc.queryForList(this.sql.get("select-run-previous.sql"), Map.of("run_id", runId),
				String.class);
		return ids.stream().filter(Objects::nonNull).findFirst();
	}

}
