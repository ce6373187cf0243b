package org.annualstats.cli;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.annualstats.store.DatabaseVendor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** The RabbitMQ broker and queue through which a run's manager and its workers exchange file partitions. */
class BrokerOptions {

	@Option(names = "--broker", paramLabel = "URL",
			description = "RabbitMQ broker, e.g. amqp://guest:guest@127.0.0.1:5672 (user:password@host:port[/vhost]).")
	URI broker;

	@Option(names = "--queue", paramLabel = "NAME", defaultValue = "annual-stats.partitions",
			description = "Queue of the file partitions (default: ${DEFAULT-VALUE}); manager and workers name the same.")
	String queue;

	@Spec(Spec.Target.MIXEE)
	CommandSpec command;

	/** The properties that make the application a manager or a worker of remote partitioning. */
	Map<String, Object> properties(String role, String option) {
		if (this.broker == null) {
			throw ArgumentErrors.invalid(this.command, option, "", "needs --broker amqp://user:password@host:port");
		}
		if (!"amqp".equals(this.broker.getScheme()) && !"amqps".equals(this.broker.getScheme())) {
			throw ArgumentErrors.invalid(this.command, "--broker", this.broker,
					"not an AMQP URL; expected amqp://user:password@host:port");
		}
		Map<String, Object> properties = new HashMap<>();
		properties.put("annualstats.remote.broker", this.broker.toString());
		properties.put("annualstats.remote.queue", this.queue);
		properties.put("annualstats.remote.role", role);
		return properties;
	}

	/** Workers and manager share the store: the embedded one is held by one process. */
	void requireSharedStore(ConfigurableApplicationContext context, String option) {
		if (!context.getBean(DatabaseVendor.class).isPostgres()) {
			throw ArgumentErrors.invalid(this.command, option, "", "the embedded H2 store is used by one process only; "
					+ "remote workers need a PostgreSQL store that manager and workers share (--db-url jdbc:postgresql://…)");
		}
	}

}
