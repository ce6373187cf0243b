package org.annualstats.support;

import java.util.UUID;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An empty in-memory H2 store with the application's schema, for checks that read the schema. */
public final class MigratedStore {

	private MigratedStore() {
	}

	public static NamedParameterJdbcTemplate h2() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/h2", "classpath:db/migration/common")
			.load()
			.migrate();
		return new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
	}

}
