package org.annualstats.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
