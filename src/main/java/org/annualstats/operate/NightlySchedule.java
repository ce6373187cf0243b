package org.annualstats.operate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.store.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * The nightly refresh ({@code jobs/schedule.properties}): at each firing of the cron expression,
 * runs the current year and, within a window after New Year, the previous year. The next firing
 * is computed after a run ends, so a long run or a stopped process never piles up runs. Several
 * schedulers on one database fire each run once: each firing of a year is claimed in the store,
 * the first claim wins. A failed night is logged with its reason; the next firing tries again.
 */
@Service
public class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final RunService runs;

	private final NamedParameterJdbcTemplate jdbc;

	private final JobsFiles jobs;

	private final SqlFiles sql = new SqlFiles(NightlySchedule.class);

	NightlySchedule(RunService runs, NamedParameterJdbcTemplate jdbc, JobsFiles jobs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.jobs = jobs;
	}

	/**
	 * When and what to run.
	 *
	 * @param years the years to refresh; empty for the current year (and the previous one in the window)
	 */
	public record Plan(CronExpression cron, ZoneId zone, int previousYearDays, List<Integer> years) {

		List<Integer> yearsAt(ZonedDateTime firing) {
			if (!this.years.isEmpty()) {
				return this.years;
			}
			LocalDate today = firing.toLocalDate();
			List<Integer> due = new ArrayList<>(List.of(today.getYear()));
			if (today.getDayOfYear() <= this.previousYearDays) {
				due.add(today.getYear() - 1);
			}
			return due;
		}

	}

	/** The plan of {@code jobs/schedule.properties}, with the given overrides ({@code null}: keep). */
	public Plan plan(String cron, List<Integer> years) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(this.jobs.text("schedule.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Plan(CronExpression.parse((cron != null) ? cron : properties.getProperty("cron")),
				ZoneId.of(properties.getProperty("zone", "Asia/Shanghai")),
				Integer.parseInt(properties.getProperty("previous-year-days", "0")), years);
	}

	/**
	 * Fires until {@code maxFirings} firings have passed (0: forever).
	 */
	public void run(Plan plan, Path input, Path output, int maxFirings) throws InterruptedException {
		log.info("schedule: cron '{}' in {}", plan.cron(), plan.zone());
		for (int firings = 0; maxFirings == 0 || firings < maxFirings; firings++) {
			ZonedDateTime next = plan.cron().next(ZonedDateTime.now(plan.zone()));
			log.info("schedule: next firing {}", next);
			Thread.sleep(Math.max(0, Duration.between(ZonedDateTime.now(plan.zone()), next).toMillis()));
			for (int year : plan.yearsAt(next)) {
				if (claim(next, year)) {
					refresh(year, input, output);
				}
				else {
					log.info("schedule: {} of {} was claimed by another scheduler", year, next);
				}
			}
		}
	}

	private void refresh(int year, Path input, Path output) {
		try {
			RunResult result = this.runs
				.run(new RunRequest(year, input, output, null, "schedule", false, false, false));
			if (result.isPublished()) {
				log.info("schedule: {} published {} (run {})", year, result.published(), result.runId());
			}
			else {
				log.warn("schedule: {} not published, {}: {}; the next firing tries again", year, result.exitCode(),
						result.message());
			}
		}
		catch (RuntimeException ex) {
			log.error("schedule: {} failed: {}; the next firing tries again", year, ex.getMessage(), ex);
		}
	}

	/** The first scheduler to claim a firing of a year runs it. */
	private boolean claim(ZonedDateTime firing, int year) {
		try {
			this.jdbc.update(this.sql.get("insert-schedule-firing.sql"), new MapSqlParameterSource()
				.addValue("fire_time", Timestamp.valueOf(firing.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime()))
				.addValue("year", year)
				.addValue("claimed_by", ProcessHandle.current().pid() + "@" + Thread.currentThread().getName())
				.addValue("claimed_at", Timestamp.valueOf(LocalDateTime.now())));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}
