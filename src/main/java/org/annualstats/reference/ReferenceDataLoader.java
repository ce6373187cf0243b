package org.annualstats.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.annualstats.ingest.InputException;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.store.SqlFiles;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the certificate catalogue and the working-day calendar into the store before a run's
 * figures are computed. The input root's {@code reference/} copy of a file wins over
 * {@code jobs/reference/}. Runs of different years, from different input roots, may run at once:
 * a run replaces only its own year's catalogue rows (the year lock keeps other runs of the year
 * away), and calendars are kept side by side by their content's SHA-256, which the run then counts
 * on ({@code calendar_day} in {@code jobs/metrics/sources/}), whatever calendar another run loads.
 */
@Service
public class ReferenceDataLoader {

	static final String CATALOGUE = "certificate-catalogue.csv";

	static final String CALENDAR = "workday-calendar.csv";

	/** Days outside every announced year still follow the Monday–Friday rule over this range. */
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2040;

	private final JobsFiles jobs;

	private final JdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(ReferenceDataLoader.class);

	public ReferenceDataLoader(JobsFiles jobs, JdbcTemplate jdbc) {
		this.jobs = jobs;
		this.jdbc = jdbc;
	}

	/**
	 * Where each reference file came from, for the run's provenance, and the SHA-256 of the calendar
	 * loaded, which the run's figures count on.
	 */
	public record ReferenceSources(String catalogue, String calendar, String calendarSha256) {
	}

	@Transactional
	public ReferenceSources load(Path inputRoot, int year) {
		Source catalogue = open(inputRoot, CATALOGUE);
		Source calendar = open(inputRoot, CALENDAR);
		loadCatalogue(catalogue, year);
		String digest = sha256(calendar.text());
		// the row lock makes runs loading at once take turns; a calendar already there is not loaded again
		this.jdbc.queryForObject(this.sql.get("lock-calendar.sql"), String.class);
		if (this.jdbc.queryForObject(this.sql.get("count-calendar-days.sql"), Long.class, digest) == 0) {
			loadCalendar(calendar, digest);
		}
		return new ReferenceSources(catalogue.origin(), calendar.origin(), digest);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Source(String origin, String text) {
	}

	private Source open(Path inputRoot, String name) {
		Path override = inputRoot.resolve("reference").resolve(name);
		if (Files.isRegularFile(override)) {
			checkInsideInputRoot(override, inputRoot);
			try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(override)).get()) {
				return new Source(override.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new InputException(override + ": cannot be read (" + ex.getMessage() + ")", ex);
			}
		}
		return new Source("jobs/reference/" + name, this.jobs.text("reference/" + name));
	}

	/** Like the exports, a reference file may not be a link to somewhere outside the input root. */
	private static void checkInsideInputRoot(Path file, Path inputRoot) {
		try {
			if (!file.toRealPath().startsWith(inputRoot.toRealPath())) {
				throw new InputException(file + ": is a symbolic link outside the input root; not read");
			}
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

	private void loadCatalogue(Source source, int year) {
		List<Object[]> rows = read(source, (r) -> new Object[] { Integer.valueOf(r.get("year")), r.get("code"),
				r.get("name") });
		this.jdbc.update(this.sql.get("delete-catalogue.sql"), year);
		this.jdbc.batchUpdate(this.sql.get("insert-catalogue.sql"),
				rows.stream().filter((row) -> (int) row[0] == year).toList());
	}

	private void loadCalendar(Source source, String digest) {
		Map<LocalDate, Boolean> announced = new HashMap<>();
		for (Object[] row : read(source, (r) -> new Object[] { LocalDate.parse(r.get("date")), r.get("type") })) {
			String type = (String) row[1];
			if (!type.equals("HOLIDAY") && !type.equals("WORKDAY")) {
				throw new IllegalArgumentException("type '" + type + "' is not HOLIDAY or WORKDAY");
			}
			announced.put((LocalDate) row[0], type.equals("WORKDAY"));
		}
		WorkdayCalendar calendar = new WorkdayCalendar(announced);
		List<Object[]> days = new ArrayList<>();
		int daySeq = 0;
		int workdaySeq = 0;
		LocalDate end = LocalDate.of(Math.max(LAST_YEAR, calendar.announcedYearMax()), 12, 31);
		for (LocalDate d = LocalDate.of(Math.min(FIRST_YEAR, calendar.announcedYearMin()), 1, 1); !d.isAfter(end); d = d
			.plusDays(1)) {
			boolean workday = calendar.isWorkday(d);
			workdaySeq += workday ? 1 : 0;
			days.add(new Object[] { digest, d, daySeq++, workday, workdaySeq });
		}
		this.jdbc.batchUpdate(this.sql.get("insert-calendar-day.sql"), days);
	}

	private static List<Object[]> read(Source source, java.util.function.Function<CSVRecord, Object[]> mapper) {
		try (Reader reader = new StringReader(source.text())) {
			return JobsFiles.readCsv(reader, (record) -> {
				try {
					return mapper.apply(record);
				}
				catch (RuntimeException ex) {
					throw new InputException(source.origin() + ": line " + (record.getRecordNumber() + 1) + ": "
							+ record + " is not valid (" + ex.getMessage() + ")", ex);
				}
			});
		}
		catch (IOException | DateTimeParseException ex) {
			throw new InputException(source.origin() + ": cannot be read (" + ex.getMessage() + ")", ex);
		}
	}

}
