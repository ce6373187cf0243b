package org.annualstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.annualstats.generate.SyntheticExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: synthetic exports of a chosen size, for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write valid synthetic exports of all four sources into <output>/<year>/: --rows permit "
				+ "applications, a commitment for every fifth, a case for every tenth, a reconsideration for every thousandth.",
		footer = { "", ExitCodes.HELP })
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year.")
	int year;

	@Option(names = "--rows", required = true, description = "Permit applications to write, e.g. 10000000.")
	long rows;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Input root to write into.")
	Path output;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		long started = System.nanoTime();
		long written = new SyntheticExports(this.output, this.year).write(this.rows);
		this.spec.commandLine()
			.getOut()
			.printf("Wrote %,d rows into %s in %.1f s%n", written, this.output.resolve(String.valueOf(this.year)),
					(System.nanoTime() - started) / 1e9);
		return 0;
	}

}
