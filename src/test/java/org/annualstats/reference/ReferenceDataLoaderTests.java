package org.annualstats.reference;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annualstats.jobs.JobsFiles;
import org.annualstats.reference.ReferenceDataLoader.ReferenceSources;
import org.annualstats.support.MigratedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference data that runs from different input roots share: each calendar is kept by its content
 * and loaded once, so one run's calendar never changes under another; each run replaces its year's
 * catalogue only.
 */
class ReferenceDataLoaderTests {

	@TempDir
	Path work;

	private final JdbcTemplate jdbc = MigratedStore.h2().getJdbcTemplate();

	private final ReferenceDataLoader loader = new ReferenceDataLoader(new JobsFiles(Path.of("jobs")), this.jdbc);

	@Test
	void calendarsAreKeptSideBySideEachLoadedOnce() throws Exception {
		Path shipped = Files.createDirectories(this.work.resolve("shipped"));
		Path other = Files.createDirectories(this.work.resolve("other/reference"));
		Files.writeString(other.resolve("workday-calendar.csv"), "date,type\n2020-01-02,HOLIDAY\n");

		ReferenceSources first = this.loader.load(shipped, 2020);
		long days = this.jdbc.queryForObject("SELECT COUNT(*) FROM workday_calendar_day", Long.class);
		ReferenceSources same = this.loader.load(shipped, 2019);
		assertThat(same.calendarSha256()).isEqualTo(first.calendarSha256());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM workday_calendar_day", Long.class)).isEqualTo(days);

		ReferenceSources another = this.loader.load(other.getParent(), 2021);
		assertThat(another.calendarSha256()).isNotEqualTo(first.calendarSha256());
		assertThat(workday(first, "2020-01-02")).isTrue();
		assertThat(workday(another, "2020-01-02")).isFalse();
	}

	private boolean workday(ReferenceSources loaded, String day) {
		return this.jdbc.queryForObject("SELECT workday FROM workday_calendar_day WHERE calendar_sha256 = ? "
				+ "AND day_date = CAST(? AS DATE)", Boolean.class, loaded.calendarSha256(), day);
	}

	@Test
	void aRunReplacesOnlyTheCatalogueOfItsYear() throws Exception {
		Path root = Files.createDirectories(this.work.resolve("root/reference"));
		Files.writeString(root.resolve("certificate-catalogue.csv"), "year,code,name\n2019,ZM-1,甲\n2020,ZM-2,乙\n");
		this.loader.load(Files.createDirectories(this.work.resolve("shipped")), 2020);
		this.loader.load(root.getParent(), 2019);
		assertThat(this.jdbc.queryForList("SELECT code FROM certificate_item WHERE cat_year = 2019", String.class))
			.containsExactly("ZM-1");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM certificate_item WHERE cat_year = 2020", Long.class))
			.isEqualTo(19);
	}

}
