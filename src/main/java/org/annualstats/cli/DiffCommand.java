package org.annualstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annualstats.ingest.ControlCharacters;
import org.annualstats.operate.ExitCode;
import org.annualstats.operate.RunContext;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistory.Comparison;
import org.annualstats.operate.RunHistory.Difference;
import org.annualstats.report.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code diff}: what changed in a year's figures between two runs. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = "Show, per metric and member, the old value, the new value and the change between two runs "
				+ "of a year (default: its last two completed runs).",
		footer = { "", ExitCodes.HELP })
class DiffCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, paramLabel = "YEAR", converter = ArgumentConverters.Year.class,
			description = "The statistical year.")
	int year;

	@Option(names = "--from", paramLabel = "RUN", description = "The older run (default: the second latest completed).")
	String from;

	@Option(names = "--to", paramLabel = "RUN", description = "The newer run (default: the latest completed).")
	String to;

	@Option(names = "--all", description = "Also list the figures that did not change.")
	boolean all;

	@Option(names = "--csv", paramLabel = "FILE", description = "Also write every figure of both runs to this CSV file.")
	Path csv;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = this.store.openReadOnly()) {
			RunHistory history = context.getBean(RunHistory.class);
			requireRunOfTheYear(history, "--from", this.from);
			requireRunOfTheYear(history, "--to", this.to);
			Comparison comparison;
			try {
				comparison = history.compare(this.year, this.from, this.to);
			}
			catch (IllegalArgumentException ex) {
				this.spec.commandLine().getErr().println("FAILED: " + ex.getMessage());
				return ExitCode.FAILED.code();
			}
			List<Difference> changed = comparison.differences().stream().filter(Difference::changed).toList();
			out.printf("Year %d: run %s -> run %s: %d of %d figures changed%n", this.year, comparison.fromRunId(),
					comparison.toRunId(), changed.size(), comparison.differences().size());
			// input file names and members come from the exports: escaped like every other console message
			RunContext.differences(comparison.from(), comparison.to())
				.forEach((line) -> out.println("  " + ControlCharacters.escape(line)));
			String format = "%-45s %-9s %-12s %18s %18s %18s%n";
			out.printf(format, "METRIC", "DIMENSION", "MEMBER", "FROM", "TO", "CHANGE");
			for (Difference difference : this.all ? comparison.differences() : changed) {
				out.printf(format, difference.metricId(), difference.dimension(),
						ControlCharacters.escape(difference.member()), plain(difference.from()), plain(difference.to()),
						signed(difference.change()));
			}
			out.flush();
			if (this.csv != null) {
				writeCsv(comparison);
			}
			return 0;
		}
	}

	/** A run id only the store can check: an unknown one would compare figures with nothing. */
	private void requireRunOfTheYear(RunHistory history, String option, String runId) {
		if (runId != null && history.runs(this.year).stream().noneMatch((run) -> run.runId().equals(runId))) {
			throw ArgumentErrors.invalid(this.spec, option, runId,
					"no run of " + this.year + " has this id; history --year " + this.year + " lists them");
		}
	}

	private void writeCsv(Comparison comparison) throws IOException {
		try (Writer writer = Files.newBufferedWriter(this.csv, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
			writer.write('\uFEFF');
			csv.printRecord("year", "metric_id", "dimension", "member", "from_run", "from_value", "to_run", "to_value",
					"change");
			for (Difference d : comparison.differences()) {
				csv.printRecord(CsvCells.inert(this.year, d.metricId(), d.dimension(), d.member(),
						comparison.fromRunId(), plain(d.from()), comparison.toRunId(), plain(d.to()), plain(d.change())));
			}
		}
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	private static String signed(BigDecimal value) {
		return (value != null && value.signum() > 0) ? "+" + plain(value) : plain(value);
	}

}
