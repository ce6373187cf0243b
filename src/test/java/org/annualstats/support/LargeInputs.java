package org.annualstats.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Inputs big enough for a run to take a few seconds, so it can be interrupted mid-ingest. */
public final class LargeInputs {

	private LargeInputs() {
	}

	/** {@code rows} permits of {@code year} over several files, plus one record for every other source. */
	public static void permits(Path root, int year, int rows, int files) throws IOException {
		Path folder = Files.createDirectories(root.resolve(year + "/permit"));
		int perFile = rows / files;
		for (int f = 0; f < files; f++) {
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("permits-" + f + ".csv"),
					StandardCharsets.UTF_8)) {
				out.write("办件编号,事项编码,事项名称,受理日期,办结日期,申请方式,承诺时限\n");
				for (int i = 0; i < perFile; i++) {
					int n = f * perFile + i;
					LocalDate applied = LocalDate.of(year, 1, 1).plusDays(n % 360);
					out.write("BJ" + n + ",RS-" + (n % 12) + ",事项" + (n % 12) + "," + applied + ","
							+ applied.plusDays(n % 9) + "," + ((n % 3 == 0) ? "窗口" : "网上") + "," + (n % 7 + 1) + "\n");
				}
			}
		}
		MinimalInputs.fillIn(root, year);
	}

}
