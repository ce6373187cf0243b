package org.annualstats.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database the store is: the few statements that differ between H2 and PostgreSQL live in
 * {@code sql/<vendor>/} beside the portable ones, and PostgreSQL loads with COPY.
 */
@Component
public class DatabaseVendor {

	private final String id;

	public DatabaseVendor(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.id = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
					? "postgresql" : "h2";
		}
	}

	public boolean isPostgres() {
		return "postgresql".equals(this.id);
	}

	/** The vendor's variant of a statement: {@code <vendor>/<name>}. */
	public String statement(SqlFiles sql, String name) {
		return sql.get(this.id + "/" + name);
	}

}
