package org.annualstats;

import org.annualstats.cli.AnnualStatsCommand;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The annual statistics pipeline. {@link #main} hands the command line to picocli; commands that
 * need the store start the Spring context themselves, so {@code --help} and argument errors never
 * touch a database.
 */
@SpringBootApplication
public class AnnualStatsApplication {

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.exit(AnnualStatsCommand.execute(args));
	}

}
