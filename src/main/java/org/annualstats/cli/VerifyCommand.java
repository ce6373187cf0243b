package org.annualstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annualstats.edition.Edition;
import org.annualstats.edition.EditionManifest;
import org.annualstats.operate.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verify}: is a released edition still as it was released? */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Recheck a released edition in <output>/<year>/editions/<n>/ against its manifest.json and name "
				+ "every file that changed, is missing or was added. Needs no store: the folder is enough.",
		footer = { "", "Exit codes:%n" + "  0  intact: every file is as released%n"
				+ "  1  a file changed, is missing or was added; or no readable manifest%n"
				+ "  2  bad arguments" })
class VerifyCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year.")
	int year;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Output root holding <year>/editions/.")
	Path output;

	@Option(names = "--edition", required = true, paramLabel = "N", description = "The edition number.")
	int edition;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		Path folder = Edition.folder(this.output, this.year, this.edition);
		List<String> problems;
		try {
			problems = EditionManifest.verify(folder, this.year, this.edition);
		}
		catch (IllegalArgumentException ex) {
			this.spec.commandLine().getErr().println("FAILED: " + ex.getMessage());
			return ExitCode.FAILED.code();
		}
		if (problems.isEmpty()) {
			this.spec.commandLine().getOut().println("INTACT " + folder + ": every file is as released");
			this.spec.commandLine().getOut().flush();
			return 0;
		}
		PrintWriter err = this.spec.commandLine().getErr();
		err.println("NOT INTACT " + folder + ": it differs from its manifest.json");
		problems.forEach((problem) -> err.println("  " + problem));
		err.flush();
		return ExitCode.FAILED.code();
	}

}
