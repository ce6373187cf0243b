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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Reference data that runs from different input roots share: the calendar is written again only
 * when it differs, and a run learns that another replaced it; each run replaces its year's
 * catalogue only.
 */
class ReferenceDataLoaderTests {

	@TempDir
	Path work;

	private final JdbcTemplate jdbc = MigratedStore.h2().getJdbcTemplate();

	private final ReferenceDataLoader loader = new ReferenceDataLoader(new JobsFiles(Path.of("jobs")), this.jdbc);

	@Test
	void aRunWhoseCalendarAnotherRunReplacedIsToldSo() throws Exception {
		Path shipped = Files.createDirectories(this.work.resolve("shipped"));
		Path other = Files.createDirectories(this.work.resolve("other/reference"));
		Files.writeString(other.resolve("workday-calendar.csv"), "date,type\n2020-01-02,HOLIDAY\n");

		ReferenceSources first = this.loader.load(shipped, 2020);
		ReferenceSources same = this.loader.load(shipped, 2019);
		assertThatNoException().isThrownBy(() -> this.loader.checkCalendar(first));
		assertThat(same.calendarSha256()).isEqualTo(first.calendarSha256());

		this.loader.load(other.getParent(), 2021);
		assertThatIllegalStateException().isThrownBy(() -> this.loader.checkCalendar(first))
			.withMessageContaining("the working-day calendar in the store was replaced")
			.withMessageContaining("jobs/reference/workday-calendar.csv");
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
