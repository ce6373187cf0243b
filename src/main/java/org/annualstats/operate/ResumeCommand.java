package org.annualstats.operate;

import java.util.List;
import java.util.stream.Collectors;

/** The command line that resumes a run, to paste into a shell as it is. */
public final class ResumeCommand {

	private ResumeCommand() {
	}

	/**
	 * @param storeArguments the store options of the command that ran it, {@link #quoted} (never a
	 * password)
	 */
	public static String line(String program, int year, String input, String output, String storeArguments) {
		String line = quoted(List.of(program, "run", "--year", String.valueOf(year), "--input", input, "--output",
				output, "--resume"));
		return storeArguments.isEmpty() ? line : line + " " + storeArguments;
	}

	/** Words joined by spaces, each quoted for a POSIX shell when it needs to be. */
	public static String quoted(List<String> words) {
		return words.stream()
			.map((word) -> word.matches("[\\w./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'")
			.collect(Collectors.joining(" "));
	}

}
