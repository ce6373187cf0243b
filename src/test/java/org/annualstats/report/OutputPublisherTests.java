package org.annualstats.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing a year's outputs in place of the previous ones keeps its released editions. */
class OutputPublisherTests {

	private static final FileTime RELEASED = FileTime.from(Instant.parse("2021-01-20T08:00:00Z"));

	@TempDir
	Path root;

	@Test
	void aPublicationReplacesTheOutputsAndKeepsTheEditionsAsTheyAre() throws Exception {
		Files.createDirectories(this.root.resolve("2020/editions/1/charts"));
		Files.writeString(this.root.resolve("2020/metrics.csv"), "old");
		Path edition = Files.writeString(this.root.resolve("2020/editions/1/metrics.csv"), "released");
		Path chart = Files.write(this.root.resolve("2020/editions/1/charts/a.png"), new byte[] { 1, 2, 3 });
		Files.setLastModifiedTime(chart, RELEASED);

		Path work = OutputPublisher.workFolder(this.root, 2020, "run-2");
		Files.writeString(work.resolve("metrics.csv"), "new");
		OutputPublisher.publish(work, this.root, 2020, "run-2");

		assertThat(this.root.resolve("2020/metrics.csv")).hasContent("new");
		assertThat(edition).hasContent("released");
		assertThat(chart).hasBinaryContent(new byte[] { 1, 2, 3 });
		assertThat(Files.getLastModifiedTime(chart)).isEqualTo(RELEASED);
		try (Stream<Path> left = Files.list(this.root)) {
			assertThat(left).containsExactly(this.root.resolve("2020"));
		}
	}

}
