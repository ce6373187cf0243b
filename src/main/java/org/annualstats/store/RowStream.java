package org.annualstats.store;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the rows of a query that may return millions (findings, rejected rows) in constant
 * memory: PostgreSQL's driver buffers a whole result unless it is read with a fetch size inside a
 * transaction (autocommit off).
 */
@Component
public class RowStream {

	private static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	public RowStream(DataSource dataSource, PlatformTransactionManager transactionManager) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	public void forEach(String sql, Map<String, ?> parameters, RowCallbackHandler handler) {
		this.readOnly.executeWithoutResult((status) -> this.jdbc.query(sql, parameters, handler));
	}

}
