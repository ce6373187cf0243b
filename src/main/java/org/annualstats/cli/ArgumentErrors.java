package org.annualstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.annualstats.operate.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad arguments are refused in one line on standard error, exit code 2: the option, the value and
 * what is allowed, then where the help is. The usage text would bury that line, so it is not printed.
 */
final class ArgumentErrors implements IParameterExceptionHandler {

	/** A known name this many edits away at most is suggested for an unknown one. */
	private static final int MAX_EDITS = 2;

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine command = ex.getCommandLine();
		command.getErr().println(problem(ex) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
		command.getErr().flush();
		return ExitCode.BAD_ARGUMENTS.code();
	}

	/** Refuses the value of an option of the command; {@code reason} says what is allowed. */
	static ParameterException invalid(CommandSpec command, String option, Object value, String reason) {
		return new ParameterException(command.commandLine(), reason, command.findOption(option),
				String.valueOf(value));
	}

	/** Refuses a folder option naming no folder. */
	static void requireFolder(CommandSpec command, String option, Path folder) {
		if (!Files.isDirectory(folder)) {
			throw invalid(command, option, folder, Files.exists(folder) ? "not a folder" : "no such folder");
		}
	}

	private static String problem(ParameterException ex) {
		if (ex instanceof UnmatchedArgumentException unmatched) {
			return unknown(unmatched);
		}
		if (ex instanceof MissingParameterException missing) {
			return "missing "
					+ missing.getMissing().stream().map(ArgumentErrors::named).collect(Collectors.joining(", "));
		}
		if (ex.getArgSpec() instanceof OptionSpec option && ex.getValue() != null) {
			return option.longestName() + " " + ex.getValue() + ": " + reason(ex);
		}
		return ex.getMessage();
	}

	private static String reason(ParameterException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof TypeConversionException) {
			return cause.getMessage();
		}
		if (cause instanceof NumberFormatException) {
			return "not a whole number";
		}
		// a command's own check: its message is the reason
		return ex.getMessage();
	}

	private static String named(ArgSpec argument) {
		return (argument instanceof OptionSpec option) ? option.longestName() + " " + option.paramLabel()
				: argument.paramLabel();
	}

	private static String unknown(UnmatchedArgumentException ex) {
		// the first is the mistake: what follows an unknown option or command is unmatched as well
		String argument = ex.getUnmatched().get(0);
		CommandSpec command = ex.getCommandLine().getCommandSpec();
		if (argument.startsWith("-")) {
			String name = argument.split("=", 2)[0];
			return "unknown option " + name + closest(name, command.optionsMap().keySet(), ex.getSuggestions());
		}
		if (!command.subcommands().isEmpty()) {
			return "unknown command " + argument + closest(argument, command.subcommands().keySet(), List.of());
		}
		return "unexpected argument " + argument;
	}

	/**
	 * The known name nearest to the typed one. picocli suggests the names sharing the first two
	 * letters, which misses a swap at the start ({@code --yaer}); a name a few edits away comes
	 * first, picocli's suggestion when it is the only one.
	 */
	private static String closest(String typed, Collection<String> known, List<String> suggestions) {
		int allowed = Math.min(MAX_EDITS, typed.replaceFirst("^-+", "").length() / 3);
		String nearest = known.stream()
			.filter((name) -> edits(typed, name) <= allowed)
			.min(Comparator.comparingInt((String name) -> edits(typed, name)))
			.orElse((suggestions.size() == 1) ? suggestions.get(0) : null);
		return (nearest != null) ? "; did you mean " + nearest + "?" : "";
	}

	/** Insertions, deletions, replacements and swaps of neighbours that turn {@code a} into {@code b}. */
	private static int edits(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int replace = d[i - 1][j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				d[i][j] = Math.min(replace, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
