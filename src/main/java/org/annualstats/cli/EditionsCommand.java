package org.annualstats.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.annualstats.edition.Edition;
import org.annualstats.edition.EditionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code editions}: the released editions of a year. */
@Command(name = "editions", mixinStandardHelpOptions = true,
		description = "List the released editions of a year, first to latest: number, run, released at, the edition "
				+ "it replaces, released by, and under each its folder.",
		footer = { "", ExitCodes.HELP })
class EditionsCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year.")
	int year;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = this.store.openReadOnly()) {
			List<Edition> editions = context.getBean(EditionService.class).editions(this.year);
			if (editions.isEmpty()) {
				out.printf("Year %d has no released edition (see release --help)%n", this.year);
			}
			else {
				// names last: Chinese characters are two columns wide in a terminal
				String format = "%-7s  %-27s  %-19s  %-8s  %s%n";
				out.printf(format, "EDITION", "RUN", "RELEASED AT", "REPLACES", "RELEASED BY");
				for (Edition edition : editions) {
					out.printf(format, edition.number(), edition.runId(), TIME.format(edition.releasedAt()),
							(edition.replaces() != null) ? edition.replaces() : "-", edition.releasedBy());
					out.printf("    %s%n", edition.folder());
				}
			}
			out.flush();
			return 0;
		}
	}

}
