package org.annualstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application context of the annual statistics pipeline: every module below this package.
 * The process starts in {@code org.annualstats.cli.AnnualStatsCommand}, which parses the command
 * line first and starts this context only for commands that need the store, so {@code --help}
 * and argument errors never touch a database.
 */
@SpringBootApplication
public class AnnualStatsApplication {

}
