package org.annualstats.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two years run at once on one PostgreSQL database from input roots with different certificate
 * catalogues: each run reads the catalogue of its own root, and neither collides with the other.
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class ConcurrentReferenceFunctionalTests {

	private static final int PERMITS = 40_000;

	@TempDir
	Path work;

	@Test
	void twoYearsWithDifferentCataloguesRunAtOnceAndEachCountsItsOwn() throws Exception {
		Path root2019 = this.work.resolve("in-2019");
		Path root2020 = this.work.resolve("in-2020");
		LargeInputs.permits(root2019, 2019, PERMITS, 2);
		LargeInputs.permits(root2020, 2020, PERMITS, 2);
		// the 2019 root's catalogue holds five items of 2019 and none of 2020
		StringBuilder catalogue = new StringBuilder("year,code,name\n");
		for (int i = 1; i <= 5; i++) {
			catalogue.append("2019,ZM-RS-00").append(i).append(",证明").append(i).append('\n');
		}
		Files.createDirectories(root2019.resolve("reference"));
		Files.writeString(root2019.resolve("reference/certificate-catalogue.csv"), catalogue);
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			assertThat(Cli.run(store, "history")).isZero();

			CompletableFuture<Integer> run2019 = CompletableFuture.supplyAsync(() -> run(store, root2019, 2019));
			CompletableFuture<Integer> run2020 = CompletableFuture.supplyAsync(() -> run(store, root2020, 2020));

			assertThat(run2019.get()).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(run2020.get()).isEqualTo(ExitCode.PUBLISHED.code());
		}
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2019")), "commitment.catalogue_items")).isEqualTo("5");
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2020")), "commitment.catalogue_items")).isEqualTo("19");
	}

	private int run(TestStore store, Path input, int year) {
		return Cli.run(store, "run", "--year", String.valueOf(year), "--input", input.toString(), "--output",
				this.work.resolve("out").toString());
	}

}
