package org.annualstats.store;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Bounds every wait on the store, so that a run fails with one line instead of hanging for ever: on
 * a connection (connect timeout), on a lock another session holds (lock timeout), on a statement
 * (statement timeout) and on a connection that went silent (socket timeout, PostgreSQL; also the
 * bound of a COPY's writes).
 * {@code annualstats.store.*-timeout} set them; the socket timeout must exceed the statement
 * timeout, so that the database cancels a long statement before the client gives up on it.
 */
@Component
class StoreTimeouts implements BeanPostProcessor {

	private final Duration connect;

	private final Duration lock;

	private final Duration statement;

	private final Duration socket;

	StoreTimeouts(Environment environment) {
		this.connect = duration(environment, "connect-timeout");
		this.lock = duration(environment, "lock-timeout");
		this.statement = duration(environment, "statement-timeout");
		this.socket = duration(environment, "socket-timeout");
	}

	/**
	 * How long a connection may stay silent: the socket timeout bounds a read, and the watchdog of a
	 * COPY a write, which the driver leaves unbounded.
	 */
	Duration socket() {
		return this.socket;
	}

	private static Duration duration(Environment environment, String name) {
		return environment.getRequiredProperty("annualstats.store." + name, Duration.class);
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			pool.setConnectionTimeout(this.connect.toMillis());
			String url = String.valueOf(pool.getJdbcUrl());
			if (url.startsWith("jdbc:postgresql:")) {
				// driver properties are read as strings: a number would be ignored
				pool.addDataSourceProperty("connectTimeout", seconds(this.connect));
				pool.addDataSourceProperty("socketTimeout", seconds(this.socket));
				pool.addDataSourceProperty("options", "-c lock_timeout=" + this.lock.toMillis()
						+ " -c statement_timeout=" + this.statement.toMillis());
			}
			else if (url.startsWith("jdbc:h2:")) {
				pool.addDataSourceProperty("LOCK_TIMEOUT", String.valueOf(this.lock.toMillis()));
				pool.addDataSourceProperty("QUERY_TIMEOUT", String.valueOf(this.statement.toMillis()));
			}
		}
		return bean;
	}

	private static String seconds(Duration duration) {
		return String.valueOf(Math.max(1, duration.toSeconds()));
	}

}
