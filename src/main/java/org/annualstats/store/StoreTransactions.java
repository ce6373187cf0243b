package org.annualstats.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store's transactions. A transaction whose connection is gone before it committed (the COPY
 * watchdog closed it, the network dropped it) was rolled back by the database when its session
 * ended: its rollback fails, but its outcome is known. Reported as rolled back, a chunk of the
 * ingest stays restartable, where an unknown outcome would make Batch refuse to resume the run.
 */
@Configuration(proxyBeanMethods = false)
class StoreTransactions {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource) {

			@Override
			protected void doRollback(DefaultTransactionStatus status) {
				try {
					super.doRollback(status);
				}
				catch (TransactionException | DataAccessException ex) {
					if (!connectionClosed(obtainDataSource())) {
						throw ex;
					}
				}
			}

		};
	}

	/** Whether the transaction's own connection, under any pool proxy, is closed. */
	private static boolean connectionClosed(DataSource dataSource) {
		ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
		try {
			return holder != null && holder.getConnection().unwrap(Connection.class).isClosed();
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
