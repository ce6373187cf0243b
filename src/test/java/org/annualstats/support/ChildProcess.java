package org.annualstats.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The command line in a process of its own, so a test can kill it like an operator or a crash would. */
public final class ChildProcess {

	private static final String DEFAULT_HEAP = "512m";

	private final Process process;

	private final Path output;

	private ChildProcess(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	public static ChildProcess start(Path output, TestStore store, String... arguments) throws IOException {
		return start(output, store, List.of(), arguments);
	}

	/** As {@link #start(Path, TestStore, String...)}, with options of the JVM such as {@code -Dannualstats.…=…}. */
	public static ChildProcess start(Path output, TestStore store, List<String> jvmOptions, String... arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(arguments));
		command.addAll(store.options());
		Process process = new ProcessBuilder(command(DEFAULT_HEAP, jvmOptions, command)).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new ChildProcess(process, output);
	}

	/**
	 * Runs a command line to its end in a process of its own with {@code folder} as working directory,
	 * keeping standard output and error apart: what an operator's terminal shows.
	 */
	public static Cli.Printed run(Path folder, String... arguments) throws IOException, InterruptedException {
		return runWithHeap(folder, DEFAULT_HEAP, arguments);
	}

	/** {@link #run(Path, String...)} with at most {@code maxHeap} of heap (e.g. {@code 96m}). */
	public static Cli.Printed runWithHeap(Path folder, String maxHeap, String... arguments)
			throws IOException, InterruptedException {
		Path out = Files.createTempFile("child", ".out");
		Path err = Files.createTempFile("child", ".err");
		try {
			Process process = new ProcessBuilder(command(maxHeap, List.of(), List.of(arguments)))
				.directory(folder.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			int exit = process.waitFor();
			return new Cli.Printed(exit, Files.readString(out), Files.readString(err));
		}
		finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/**
	 * Starts a command line on a pseudo-terminal of its own ({@code script}), as an operator's shell
	 * runs it: what the process's standard input gets is typed on the terminal, and its standard
	 * output is what the terminal shows, standard error included.
	 */
	public static Process onTerminal(Path folder, String... arguments) throws IOException {
		String line = command(DEFAULT_HEAP, List.of(), List.of(arguments)).stream()
			.map((argument) -> "'" + argument.replace("'", "'\\''") + "'")
			.collect(Collectors.joining(" "));
		return new ProcessBuilder("script", "--quiet", "--return", "--command", line, "/dev/null")
			.directory(folder.toFile())
			.redirectErrorStream(true)
			.start();
	}

	private static List<String> command(String maxHeap, List<String> jvmOptions, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + maxHeap));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.annualstats.cli.AnnualStatsCommand"));
		command.addAll(arguments);
		return command;
	}

	/** Waits until the process printed {@code text}; fails if it ended or took too long. */
	public void awaitOutput(String text, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(this.output) && Files.readString(this.output).contains(text)) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("process ended before printing '" + text + "':\n" + Files.readString(this.output));
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + Files.readString(this.output));
	}

	/** Waits for the process to end by itself; kills it and fails when it takes longer. */
	public int awaitEnd(Duration timeout) throws Exception {
		if (!this.process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new AssertionError("still running after " + timeout + ":\n" + Files.readString(this.output));
		}
		return this.process.exitValue();
	}

	/** SIGKILL: no chance to clean up, as in a crash. */
	public int kill() throws InterruptedException {
		this.process.destroyForcibly();
		return this.process.waitFor();
	}

	/** SIGTERM, then the exit code. */
	public int terminate() throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor();
	}

	/** Sends a signal ({@code TERM}, {@code INT}: what Ctrl-C sends) and returns at once. */
	public void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-s", name, String.valueOf(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new AssertionError("kill -s " + name + " failed");
		}
	}

	/**
	 * Whether SIGINT reaches a child at all: a process started in the background by a shell without
	 * job control ignores it, and so do its children.
	 */
	public static boolean receivesSigint() throws IOException {
		Path status = Path.of("/proc/self/status");
		if (!Files.exists(status)) {
			return true;
		}
		String ignored = Files.readAllLines(status)
			.stream()
			.filter((line) -> line.startsWith("SigIgn:"))
			.map((line) -> line.substring("SigIgn:".length()).trim())
			.findFirst()
			.orElse("0");
		// signal n is bit n - 1 of the mask, SIGINT is 2
		return (Long.parseUnsignedLong(ignored, 16) & 0x2) == 0;
	}

	public String output() throws IOException {
		return Files.readString(this.output);
	}

}
