package org.annualstats.edition;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A released edition of a year's statistics.
 *
 * @param replaces the number of the edition it replaces, {@code null} for the first
 * @param folder where it was released
 */
public record Edition(int year, int number, String runId, String releasedBy, LocalDateTime releasedAt,
		Integer replaces, String folder) {

	/** The folder of a year's editions, beside its published outputs. */
	static final String FOLDER = "editions";

	/** {@code <output>/<year>/editions/<number>}. */
	public static Path folder(Path outputRoot, int year, int number) {
		return outputRoot.resolve(String.valueOf(year)).resolve(FOLDER).resolve(String.valueOf(number));
	}

}
