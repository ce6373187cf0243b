package org.annualstats.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.ingest.FieldSpec;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.store.SqlTemplate;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rows of one year that metric definitions filter and measure: a record source's records, with
 * the columns its {@code jobs/metrics/sources/<source>.sql} derives (working-day and deadline flags
 * need the calendar), or the rows of such a file alone for other data (the certificate catalogue).
 *
 * @param file the SQL file under {@code jobs/}, {@code null} when the record table is read as it is
 * @param definition the rows' SQL as written, naming the calendar {@code calendar_day}
 * @param record the record source, {@code null} for other data
 * @param columns every column, in the order the rows return them
 */
record SourceRows(String id, String file, String definition, SourceSpec record, Map<String, Column> columns) {

	static final String FOLDER = "metrics/sources/";

	/** A record source's rows when it has no file: its records of the year as they are. */
	private static final String RECORDS = "SELECT * FROM {source}_record WHERE stat_year = :year";

	private static final Pattern YEAR = Pattern.compile(":year\\b");

	/** The working-day calendar as the rows definitions name it. */
	private static final Pattern CALENDAR = Pattern.compile("(?i)\\bcalendar_day\\b");

	/**
	 * What {@code calendar_day} reads: the days of the calendar the run counts on ({@code :calendar}),
	 * one of the calendars the store keeps side by side.
	 */
	private static final String RUN_CALENDAR = "(SELECT day_date, day_seq, workday, workday_seq "
			+ "FROM workday_calendar_day WHERE calendar_sha256 = :calendar)";

	/** Record columns that locate a record in its file; not fields of the record. */
	private static final List<String> PROVENANCE = List.of("stat_year", "file_seq", "row_no");

	/**
	 * A column of the rows, labelled for people: a field's English label, or a derived column's name.
	 *
	 * @param enumName an enumerated field's enumeration in {@code jobs/sources/enums.csv}, else {@code null}
	 * @param values an enumerated field's canonical values with their English labels, else empty
	 */
	record Column(String name, ColumnKind kind, String label, String enumName, Map<String, String> values) {
	}

	static String file(String source) {
		return FOLDER + source + ".sql";
	}

	/**
	 * Reads the source's rows definition and learns its columns from the store.
	 * @throws IllegalStateException naming the SQL file when the rows cannot be read as required
	 */
	static SourceRows read(String id, SourceSpec record, JobsFiles jobs, SourceCatalog catalog,
			NamedParameterJdbcTemplate jdbc) {
		String file = jobs.exists(file(id)) ? file(id) : null;
		String definition = (file != null) ? jobs.text(file).strip().replaceAll(";$", "")
				: SqlTemplate.of(RECORDS).identifier("source", id).render();
		String sql = withCalendar(definition, RUN_CALENDAR);
		String where = (file != null) ? "jobs/" + file + ": " : "source " + id + ": ";
		if (!YEAR.matcher(sql).find()) {
			throw new IllegalStateException(where + "selects no year; the rows must be those of :year");
		}
		Map<String, Column> columns = new LinkedHashMap<>();
		try {
			String noRows = SqlTemplate.of("SELECT * FROM (\n{rows}\n) r WHERE 1 = 0").sql("rows", sql).render();
			jdbc.query(noRows, parameters(2000, LocalDate.of(2000, 12, 31), ""), (ResultSetExtractor<Void>) (rs) -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					String name = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
					columns.put(name, column(name, ColumnKind.of(rs.getMetaData().getColumnType(i)), record, catalog));
				}
				return null;
			});
		}
		catch (DataAccessException ex) {
			// the store's message, with the file it is about: the console shows only the deepest cause
			throw new IllegalStateException(where + ex.getMostSpecificCause().getMessage());
		}
		for (String name : columns.keySet()) {
			if (!SqlTemplate.isIdentifier(name)) {
				throw new IllegalStateException(where + "column '" + name + "' is not a name definitions can use: "
						+ "lower-case letters, digits and _");
			}
		}
		if (record != null) {
			List<String> missing = new ArrayList<>(PROVENANCE);
			missing.addAll(record.columns());
			missing.removeAll(columns.keySet());
			if (!missing.isEmpty()) {
				throw new IllegalStateException(where + "the rows of a record source keep every column of "
						+ id + "_record (r.*); missing " + missing);
			}
		}
		return new SourceRows(id, file, definition, record, columns);
	}

	/** The rows' SQL, reading the run's calendar ({@code :calendar}) from the days of every calendar. */
	String sql() {
		return withCalendar(this.definition, RUN_CALENDAR);
	}

	/**
	 * The rows' SQL, reading the run's calendar from a table that holds its days alone, keyed by date:
	 * H2 reads a derived table through a view it queries again for every row that joins it.
	 */
	String sql(String calendarTable) {
		return withCalendar(this.definition, calendarTable);
	}

	private static String withCalendar(String definition, String calendar) {
		return CALENDAR.matcher(definition).replaceAll(Matcher.quoteReplacement(calendar));
	}

	/**
	 * The named parameters every source's rows and every metric may use.
	 * @param calendar the SHA-256 of the working-day calendar the run counts on
	 */
	static MapSqlParameterSource parameters(int year, LocalDate asOf, String calendar) {
		return new MapSqlParameterSource().addValue("year", year)
			.addValue("calendar", calendar)
			.addValue("as_of", asOf)
			.addValue("year_start", LocalDate.of(year, 1, 1))
			.addValue("year_end", LocalDate.of(year, 12, 31));
	}

	private static Column column(String name, ColumnKind kind, SourceSpec record, SourceCatalog catalog) {
		FieldSpec field = (record != null)
				? record.fields().stream().filter((f) -> f.name().equals(name)).findFirst().orElse(null) : null;
		if (field == null) {
			return new Column(name, kind, name, null, Map.of());
		}
		Map<String, String> values = new LinkedHashMap<>();
		if (field.enumName() != null) {
			catalog.enumValues(field.enumName())
				.forEach((value) -> values.put(value, catalog.enumLabel(field.enumName(), value, true)));
		}
		return new Column(name, kind, field.labelEn(), field.enumName(), values);
	}

	/** @throws IllegalArgumentException listing the columns when the rows have no such column */
	Column require(String name) {
		Column column = this.columns.get(name);
		if (column == null) {
			throw new IllegalArgumentException("unknown column '" + name + "' of the " + words() + "; columns: "
					+ String.join(", ", this.columns.keySet()));
		}
		return column;
	}

	/** Whether each row is a record read from an input file, at {@code file_seq} and {@code row_no}. */
	boolean hasProvenance() {
		return this.record != null;
	}

	/** The column that names a row: a record's key, else the first column. */
	String keyColumn() {
		return (this.record != null) ? this.record.keyField() : this.columns.keySet().iterator().next();
	}

	/** The columns that describe a row, without the bookkeeping of its year and place in a file. */
	List<String> fieldColumns() {
		return this.columns.keySet().stream().filter((c) -> !hasProvenance() || !PROVENANCE.contains(c)).toList();
	}

	/** What the rows are, in words: "case records", "rows of jobs/metrics/sources/certificate_item.sql". */
	String words() {
		return (this.record != null) ? this.id + " records" : "rows of jobs/" + this.file;
	}

}
