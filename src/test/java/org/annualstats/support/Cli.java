package org.annualstats.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.cli.AnnualStatsCommand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;

/** Runs the command line as an operator would and reads back what it published. */
public final class Cli {

	private Cli() {
	}

	/** @return the process exit code */
	public static int run(TestStore store, String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.addAll(store.options());
		return AnnualStatsCommand.execute(args.toArray(String[]::new));
	}

	/** What a command line did: its exit code and what it printed on standard output and error. */
	public record Printed(int exit, String out, String err) {
	}

	/** Runs a command line on the store, keeping what it printed. */
	public static Printed print(TestStore store, String... arguments) {
		List<String> args = new ArrayList<>(List.of(arguments));
		args.addAll(store.options());
		return print(args.toArray(String[]::new));
	}

	/** Runs a command that prints, expecting exit code 0; returns what it printed on standard output. */
	public static String output(TestStore store, String... arguments) {
		Printed printed = print(store, arguments);
		if (printed.exit() != 0) {
			throw new AssertionError(String.join(" ", arguments) + " exited with " + printed.exit() + ": " + printed.err());
		}
		return printed.out();
	}

	/** Runs the command line as given, keeping what it printed. */
	public static Printed print(String... arguments) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine commandLine = AnnualStatsCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exit = commandLine.execute(arguments);
		return new Printed(exit, out.toString(), err.toString());
	}

	/** metrics.csv rows keyed {@code metric_id|dimension|member}. */
	public static Map<String, CSVRecord> metrics(Path yearFolder) throws IOException {
		Map<String, CSVRecord> rows = new LinkedHashMap<>();
		for (CSVRecord row : csv(yearFolder.resolve("metrics.csv"))) {
			rows.put(row.get("metric_id") + "|" + row.get("dimension") + "|" + row.get("member"), row);
		}
		return rows;
	}

	/** The value column of a dimensionless metric. */
	public static String value(Map<String, CSVRecord> metrics, String metricId) {
		CSVRecord row = metrics.get(metricId + "||");
		if (row == null) {
			throw new AssertionError("metrics.csv has no row for " + metricId);
		}
		return row.get("value");
	}

	public static List<CSVRecord> csv(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (!text.startsWith("\uFEFF")) {
			throw new AssertionError(file + " does not start with a UTF-8 byte order mark");
		}
		try (Reader reader = new java.io.StringReader(text.substring(1))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
