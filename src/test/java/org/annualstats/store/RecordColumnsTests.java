package org.annualstats.store;

import java.nio.file.Path;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.MigratedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A field added to {@code jobs/sources/fields.csv} without its columns fails at start-up, naming the line. */
class RecordColumnsTests {

	private static final JdbcTemplate STORE = MigratedStore.h2().getJdbcTemplate();

	@TempDir
	Path folder;

	@Test
	void everyShippedFieldHasItsColumns() {
		JobsFiles jobs = new JobsFiles(Path.of("jobs"));
		assertThatCode(() -> new RecordColumns(STORE, jobs, new SourceCatalog(jobs))).doesNotThrowAnyException();
	}

	@Test
	void aFieldWithoutColumnsNamesItsLine() throws Exception {
		new JobsFolder(this.folder).append("sources/fields.csv",
				"case,inspector,TEXT,false,,检查员|inspector,,,检查员,Inspector");
		JobsFiles jobs = new JobsFiles(this.folder);
		assertThatThrownBy(() -> new RecordColumns(STORE, jobs, new SourceCatalog(jobs)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/sources/fields.csv line 42: field 'inspector' of source 'case' has no column inspector "
					+ "in table stage_case; a new field needs a migration adding it to the source's staging and "
					+ "record tables");
	}

}
