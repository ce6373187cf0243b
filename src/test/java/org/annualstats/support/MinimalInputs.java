package org.annualstats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small input sets for tests: the files a test cares about, one clean record for every other source. */
public final class MinimalInputs {

	private MinimalInputs() {
	}

	/** Writes {@code <root>/<year>/<source>/<file>} with the given lines. */
	public static Path write(Path root, int year, String source, String file, String... lines) throws IOException {
		Path folder = Files.createDirectories(root.resolve(String.valueOf(year)).resolve(source));
		return Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	/** Gives every source without a file of the year one clean record. */
	public static void fillIn(Path root, int year) throws IOException {
		writeIfEmpty(root, year, "case", "案件编号,案件类别,立案日期", "MIN-C,其他执法," + year + "-03-02");
		writeIfEmpty(root, year, "review", "复议案号,收到申请日期,受理情况", "MIN-R," + year + "-03-02,不予受理");
		writeIfEmpty(root, year, "permit", "办件编号,事项编码,受理日期", "MIN-P,RS-XK-001," + year + "-03-02");
		writeIfEmpty(root, year, "commitment", "承诺书编号,证明事项编码,承诺日期", "MIN-K,ZM-RS-001," + year + "-03-02");
	}

	private static void writeIfEmpty(Path root, int year, String source, String... lines) throws IOException {
		Path folder = root.resolve(String.valueOf(year)).resolve(source);
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				if (files.findAny().isPresent()) {
					return;
				}
			}
		}
		write(root, year, source, "minimal.csv", lines);
	}

}
