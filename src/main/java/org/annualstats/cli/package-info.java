/**
 * The command line (SPEC §7): picocli commands that parse options, start the application context
 * on the chosen store and call the operate module; exit codes per {@link org.annualstats.operate.ExitCode}.
 */
package org.annualstats.cli;
