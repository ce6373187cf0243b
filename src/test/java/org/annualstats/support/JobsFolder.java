package org.annualstats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A jobs folder of a test's own, as {@code annualstats.jobs-dir} names it: the files a test changes,
 * copied from {@code jobs/} first; every other file falls back to the application's copy.
 */
public final class JobsFolder {

	private static final Path SHIPPED = Path.of("jobs");

	private static final String JOBS_DIR = "annualstats.jobs-dir";

	private final Path folder;

	public JobsFolder(Path folder) {
		this.folder = folder;
	}

	public Path path() {
		return this.folder;
	}

	/** Runs commands with the application reading this jobs folder. */
	public <T> T during(Callable<T> commands) throws Exception {
		System.setProperty(JOBS_DIR, this.folder.toString());
		try {
			return commands.call();
		}
		finally {
			System.clearProperty(JOBS_DIR);
		}
	}

	/** Adds lines at the end of a jobs file. */
	public JobsFolder append(String file, String... lines) throws IOException {
		String text = read(file);
		return write(file, text + (text.endsWith("\n") ? "" : "\n") + String.join("\n", lines) + "\n");
	}

	/** Replaces the one occurrence of a text in a jobs file. */
	public JobsFolder replace(String file, String text, String replacement) throws IOException {
		String content = read(file);
		if (content.indexOf(text) < 0 || content.indexOf(text) != content.lastIndexOf(text)) {
			throw new IllegalArgumentException("jobs/" + file + " does not hold '" + text + "' exactly once");
		}
		return write(file, content.replace(text, replacement));
	}

	public JobsFolder write(String file, String content) throws IOException {
		Path path = this.folder.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content, StandardCharsets.UTF_8);
		return this;
	}

	private String read(String file) throws IOException {
		Path own = this.folder.resolve(file);
		return Files.readString(Files.exists(own) ? own : SHIPPED.resolve(file), StandardCharsets.UTF_8);
	}

}
