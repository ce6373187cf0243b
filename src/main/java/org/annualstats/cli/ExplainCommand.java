package org.annualstats.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricValue;
import org.annualstats.operate.ExitCode;
import org.annualstats.operate.FigureExplanations;
import org.annualstats.operate.FigureExplanations.Explanation;
import org.annualstats.operate.FigureExplanations.RecordsReplacedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code explain}: how a figure of a year was computed, and from which rows. */
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = "Explain a figure of a year: its definition in words, its value (a rate's numerator and "
				+ "denominator), the previous year's value, and with --rows the records it is computed from.",
		footer = { "", ExitCodes.HELP })
class ExplainCommand implements Callable<Integer> {

	@Option(names = "--year", required = true, description = "The statistical year.")
	int year;

	@Option(names = "--metric", required = true, paramLabel = "ID",
			description = "The metric id, as in metrics.csv, e.g. review.on_time_rate.")
	String metric;

	@Option(names = "--member", paramLabel = "M",
			description = "One member of a breakdown: a month (01-12), an item code or a decision (default: all).")
	String member;

	@Option(names = "--run", paramLabel = "RUN", description = "The run whose figure to explain (default: the "
			+ "year's latest completed run); with --rows, the run whose records the store holds for the year.")
	String run;

	@Option(names = "--rows", paramLabel = "FILE.csv", description = "Write the records behind the figure to this "
			+ "CSV file: source file, sheet, row, key and fields; column value adds up to the figure.")
	Path rows;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = this.store.openReadOnly()) {
			Explanation explanation;
			try {
				explanation = context.getBean(FigureExplanations.class)
					.explain(this.year, this.metric, this.member, this.run, this.rows);
			}
			catch (IllegalArgumentException ex) {
				this.spec.commandLine().getErr().println("FAILED: " + ex.getMessage());
				return ExitCode.FAILED.code();
			}
			catch (RecordsReplacedException ex) {
				throw ArgumentErrors.invalid(this.spec, "--rows", this.rows, ex.getMessage());
			}
			print(explanation, out);
			out.flush();
			return 0;
		}
	}

	private void print(Explanation explanation, PrintWriter out) {
		MetricDefinition metric = explanation.metric();
		out.printf("%s: %s (%s), %s%n", metric.id(), metric.labelZh(), metric.labelEn(), metric.unitZh());
		out.printf("Year %d, run %s, as of %s%n", explanation.year(), explanation.runId(), explanation.asOf());
		out.printf("Catalogue: %s%n           %s%n", metric.definitionZh(), metric.definitionEn());
		out.println("Definition:");
		explanation.definition().forEach((line) -> out.println("  " + line));
		out.println("Figure:");
		explanation.values().forEach((value) -> out.println("  " + figure(value)));
		if (metric.isRate()) {
			List<String> roles = List.of("numerator   ", "denominator ");
			for (int i = 0; i < explanation.parts().size(); i++) {
				out.println("  " + roles.get(i) + figure(explanation.parts().get(i)));
			}
		}
		if (explanation.previousRunId() == null) {
			out.printf("Previous year %d: none; run %s compared with no run%n", explanation.year() - 1,
					explanation.runId());
		}
		else {
			out.printf("Previous year %d (run %s):%n", explanation.year() - 1, explanation.previousRunId());
			explanation.previousValues().forEach((value) -> out.println("  " + figure(value)));
		}
		if (this.rows != null) {
			out.printf("Rows: written to %s; column value adds up to%n", this.rows);
			List<MetricValue> totals = explanation.rowTotals();
			if (totals.isEmpty()) {
				out.println("  nothing: no rows");
			}
			totals.forEach((total) -> out.println("  " + figure(total)));
		}
	}

	private static String figure(MetricValue value) {
		String member = value.member().isEmpty() ? "" : " " + value.member();
		return value.metricId() + member + " = " + plain(value.value());
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return "(empty)";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
