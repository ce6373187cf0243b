package org.annualstats.reference;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The input root's reference/ copy of a file wins over jobs/reference/, file by file. */
class ReferenceOverrideFunctionalTests {

	@TempDir
	Path root;

	@Test
	void anOperatorsCatalogueOverridesTheShippedOneAndTheCalendarStaysShipped() throws Exception {
		MinimalInputs.fillIn(this.root, 2020);
		StringBuilder catalogue = new StringBuilder("\uFEFFyear,code,name\n");
		for (int i = 1; i <= 21; i++) {
			catalogue.append("2020,ZM-RS-").append(String.format("%03d", i)).append(",证明").append(i).append('\n');
		}
		Files.createDirectories(this.root.resolve("reference"));
		Files.writeString(this.root.resolve("reference/certificate-catalogue.csv"), catalogue);
		Path out = this.root.resolve("out");

		int exit = Cli.run(TestStore.h2(this.root.resolve("data")), "run", "--year", "2020", "--input",
				this.root.toString(), "--output", out.toString());

		assertThat(exit).isZero();
		assertThat(Cli.value(Cli.metrics(out.resolve("2020")), "commitment.catalogue_items")).isEqualTo("21");
		assertThat(Files.readString(out.resolve("2020/run.json")))
			.contains(this.root.resolve("reference/certificate-catalogue.csv").toString())
			.contains("jobs/reference/workday-calendar.csv");
	}

}
