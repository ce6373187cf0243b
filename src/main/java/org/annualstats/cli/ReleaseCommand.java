package org.annualstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annualstats.edition.EditionService;
import org.annualstats.edition.EditionService.Release;
import org.annualstats.operate.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code release}: a run's published outputs become the next edition of the year. */
@Command(name = "release", mixinStandardHelpOptions = true,
		description = { "Release the published statistics of a year as its next edition: copy the outputs of the "
				+ "run published in <output>/<year>/ into <output>/<year>/editions/<n>/ with manifest.json (the SHA-256 "
				+ "of every file), mark the workbook's cover 正式版 第n版 (OFFICIAL EDITION n) and record the edition "
				+ "in the store.",
				"A second release is a revision: its cover names the edition it replaces and its notes list every "
						+ "figure that changed since.",
				"Refused while the run has reconciliation errors or large changes without an explanation (R11), "
						+ "and while a run of the year is in progress." },
		footer = { "", "Exit codes:%n" + "  0  released: the edition was written and recorded%n"
				+ "  1  nothing released: no such completed run, or another run's outputs%n"
				+ "  2  bad arguments%n" + "  3  errors or unexplained large changes (R11): nothing released%n"
				+ "  4  the year is busy: a run of it is in progress" })
class ReleaseCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year.")
	int year;

	@Option(names = "--output", required = true, paramLabel = "DIR",
			description = "Output root the year was published into; the edition goes to <output>/<year>/editions/<n>/.")
	Path output;

	@Option(names = "--run", paramLabel = "RUN",
			description = "The run to release (default: the latest completed run of the year); its outputs must be "
					+ "the ones published in <output>/<year>/.")
	String run;

	@Option(names = "--by", required = true, paramLabel = "NAME", description = "Who releases it, e.g. 政策法规科.")
	String releasedBy;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		if (this.releasedBy.isBlank() || this.releasedBy.length() > 200) {
			throw new ParameterException(this.spec.commandLine(),
					"--by must name who releases it, in at most 200 characters");
		}
		try (ConfigurableApplicationContext context = this.store.openExisting()) {
			Release release = context.getBean(EditionService.class)
				.release(this.year, this.output, this.run, this.releasedBy);
			if (release.exitCode() == ExitCode.PUBLISHED) {
				this.spec.commandLine().getOut().println(release.message());
				this.spec.commandLine().getOut().flush();
			}
			else {
				PrintWriter err = this.spec.commandLine().getErr();
				err.println("NOT RELEASED: " + release.message());
				release.blocking().forEach((line) -> err.println("  " + line));
				err.flush();
			}
			return release.exitCode().code();
		}
	}

}
