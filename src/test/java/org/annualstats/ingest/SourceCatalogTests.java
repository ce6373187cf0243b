package org.annualstats.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annualstats.jobs.JobsFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Analysts edit {@code jobs/sources/}: a field or value without its labels fails at start-up. */
class SourceCatalogTests {

	@TempDir
	Path jobs;

	@Test
	void aFieldWithoutItsEnglishLabelFailsNamingTheLine() throws Exception {
		List<String> fields = Files.readAllLines(Path.of("jobs/sources/fields.csv"), StandardCharsets.UTF_8);
		// line 4: case,opened_on,…,立案日期,Date opened
		fields.set(3, fields.get(3).replace(",Date opened", ","));
		write("sources/fields.csv", fields);
		assertThatThrownBy(() -> new SourceCatalog(new JobsFiles(this.jobs))).isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/sources/fields.csv line 4: label_en is empty; every row needs label_zh and label_en");
	}

	@Test
	void enumerationsWithoutEnglishLabelsFailNamingTheFirstLine() throws Exception {
		write("sources/enums.csv", List.of("enum,value,synonyms,blank_means", "case_category,WAGE_FILED,欠薪立案,"));
		assertThatThrownBy(() -> new SourceCatalog(new JobsFiles(this.jobs))).isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/sources/enums.csv line 2: label_en is empty; every row needs label_en");
	}

	private void write(String file, List<String> lines) throws Exception {
		Path path = this.jobs.resolve(file);
		Files.createDirectories(path.getParent());
		Files.write(path, lines, StandardCharsets.UTF_8);
	}

}
