/**
 * The command line: picocli commands that check their arguments before anything starts (bad ones
 * are refused in one line, exit code 2), start the application context on the chosen store and
 * call the operate module; exit codes per {@link org.annualstats.operate.ExitCode}.
 */
package org.annualstats.cli;
