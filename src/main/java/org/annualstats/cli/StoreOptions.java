package org.annualstats.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.annualstats.AnnualStatsApplication;
import picocli.CommandLine.Option;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Options every command takes to find the store: the embedded one's folder or a database URL. */
class StoreOptions {

	@Option(names = "--data-dir", paramLabel = "DIR",
			description = "Folder of the embedded store (default: ./data). Ignored when a database URL is given.")
	Path dataDir;

	@Option(names = "--db-url", paramLabel = "JDBC_URL",
			description = "Database URL, e.g. jdbc:postgresql://127.0.0.1:5432/stats (default: $STATS_DB_URL, else the embedded store).")
	String dbUrl;

	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: $STATS_DB_USER).")
	String dbUser;

	@Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (default: $STATS_DB_PASSWORD).")
	String dbPassword;

	/** Starts the application on the chosen store, with further properties of the command. */
	ConfigurableApplicationContext start(Map<String, Object> commandProperties) {
		Map<String, Object> properties = new HashMap<>(commandProperties);
		if (this.dataDir != null) {
			properties.put("annualstats.data-dir", this.dataDir.toString());
		}
		if (this.dbUrl != null) {
			properties.put("spring.datasource.url", this.dbUrl);
		}
		if (this.dbUser != null) {
			properties.put("spring.datasource.username", this.dbUser);
		}
		if (this.dbPassword != null) {
			properties.put("spring.datasource.password", this.dbPassword);
		}
		// as command-line arguments, so they win over application.yml (default properties would not)
		String[] arguments = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		// no Spring shutdown hook: on SIGTERM the run stops gracefully and closes the context itself
		return new SpringApplicationBuilder(AnnualStatsApplication.class).logStartupInfo(false)
			.registerShutdownHook(false)
			.run(arguments);
	}

}
