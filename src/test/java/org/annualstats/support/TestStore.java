package org.annualstats.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Named;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A store of its own for each test: an embedded H2 folder, or a fresh PostgreSQL database on the
 * server named by {@code STATS_TEST_POSTGRES_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:5432/}),
 * dropped when closed. Tests never see each other's rows.
 */
public final class TestStore implements AutoCloseable {

	public static final String POSTGRES_URL_VARIABLE = "STATS_TEST_POSTGRES_URL";

	private final List<String> options;

	private final String database;

	private final String jdbcUrl;

	private TestStore(List<String> options, String database, String jdbcUrl) {
		this.options = options;
		this.database = database;
		this.jdbcUrl = jdbcUrl;
	}

	/** The same database reached through another port on this host (e.g. a {@link TcpProxy}); not dropped. */
	public TestStore through(int port) {
		String url = this.jdbcUrl.replace(":5432/", ":" + port + "/");
		List<String> options = new ArrayList<>(this.options);
		options.set(options.indexOf("--db-url") + 1, url);
		return new TestStore(options, null, url);
	}

	/** The stores to run a test on: H2 always, PostgreSQL when {@code STATS_TEST_POSTGRES_URL} is set. */
	public static Stream<Named<Function<Path, TestStore>>> available() {
		Stream<Named<Function<Path, TestStore>>> h2 = Stream.of(Named.of("H2", TestStore::h2));
		return (System.getenv(POSTGRES_URL_VARIABLE) != null)
				? Stream.concat(h2, Stream.of(Named.of("PostgreSQL", TestStore::postgres))) : h2;
	}

	public static TestStore h2(Path dataDir) {
		return new TestStore(List.of("--data-dir", dataDir.toString()), null,
				"jdbc:h2:file:" + dataDir.toAbsolutePath() + "/annual-stats;AUTO_SERVER=TRUE");
	}

	/** A fresh database; {@code dataDir} takes the logs, which never go to the working directory's ./data. */
	public static TestStore postgres(Path dataDir) {
		return postgres(dataDir, "");
	}

	/** A fresh database that sorts text as people of a language do, e.g. {@code zh-Hans-CN}, not in code point order. */
	public static TestStore postgresCollating(Path dataDir, String icuLocale) {
		return postgres(dataDir, " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '" + icuLocale + "'");
	}

	private static TestStore postgres(Path dataDir, String options) {
		String database = "annual_stats_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection admin = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + database + options);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + serverUrl() + " is not reachable: " + ex.getMessage(), ex);
		}
		return new TestStore(List.of("--db-url", serverUrl() + database, "--db-user", user(), "--data-dir",
				dataDir.toString()), database, serverUrl() + database);
	}

	/** The store options of every command line of this test. */
	public List<String> options() {
		return this.options;
	}

	/** The store options as the properties that start the application on this store. */
	public String[] properties() {
		Map<String, String> names = Map.of("--data-dir", "annualstats.data-dir", "--db-url", "spring.datasource.url",
				"--db-user", "spring.datasource.username");
		List<String> properties = new ArrayList<>();
		for (int i = 0; i < this.options.size(); i += 2) {
			properties.add("--" + names.get(this.options.get(i)) + "=" + this.options.get(i + 1));
		}
		return properties.toArray(String[]::new);
	}

	/** Proves which store a test used: the runs it recorded there. */
	public long runsRecorded() throws SQLException {
		return count("SELECT COUNT(*) FROM stats_run");
	}

	/** The single number a query of the store returns. */
	public long count(String query) throws SQLException {
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Changes the store behind the application's back, as another process would. */
	public void execute(String update) throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(update);
		}
	}

	/** The store as the application's components see it, for tests that drive one of them directly. */
	public DataSource dataSource() {
		return new DriverManagerDataSource(this.jdbcUrl, (this.database != null) ? user() : "sa", "");
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.jdbcUrl, (this.database != null) ? user() : "sa", "");
	}

	@Override
	public void close() throws SQLException {
		if (this.database != null) {
			try (Connection admin = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
					Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
			}
		}
	}

	private static String serverUrl() {
		String url = System.getenv(POSTGRES_URL_VARIABLE);
		return url.endsWith("/") ? url : url + "/";
	}

	private static String user() {
		String user = System.getenv("STATS_TEST_POSTGRES_USER");
		return (user != null) ? user : "postgres";
	}

}
