package org.annualstats.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * SQL statements kept one per file under {@code src/main/resources/<package>/sql/}, read once.
 */
public final class SqlFiles {

	private final Class<?> owner;

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	public SqlFiles(Class<?> owner) {
		this.owner = owner;
	}

	public String get(String name) {
		return this.cache.computeIfAbsent(name, this::load);
	}

	/**
	 * The statements of a file that holds several, each ended by {@code ;} (none inside one); its
	 * comment lines are left out, so that they may say anything.
	 */
	public static List<String> statements(String sql) {
		String code = sql.lines().filter((line) -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
		return Arrays.stream(code.split(";")).map(String::strip).filter((statement) -> !statement.isEmpty()).toList();
	}

	private String load(String name) {
		String path = "sql/" + name;
		try (InputStream in = this.owner.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing SQL file " + this.owner.getPackageName() + "/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
