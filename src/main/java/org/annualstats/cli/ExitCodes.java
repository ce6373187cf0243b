package org.annualstats.cli;

/** The exit codes, as the help text states them (they mirror {@link org.annualstats.operate.ExitCode}). */
final class ExitCodes {

	static final String HELP = "Exit codes:%n" + "  0  published: the outputs of the year were written%n"
			+ "  1  failed, or stopped (SIGTERM, Ctrl-C): nothing published, the previous outputs are untouched%n"
			+ "  2  bad arguments%n" + "  3  reconciliation errors: nothing published (see --allow-reconciliation-errors)%n"
			+ "  4  already running: another run of the same year is in progress";

	private ExitCodes() {
	}

}
