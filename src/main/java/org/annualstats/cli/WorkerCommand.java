package org.annualstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code worker}: stays up and ingests the file partitions of remote runs ({@code run --remote}). */
@Command(name = "worker", mixinStandardHelpOptions = true,
		description = "Stay up and ingest export files for runs started with run --remote: take their file partitions "
				+ "from the broker's queue and stage them into the same PostgreSQL store. Stop with Ctrl-C or SIGTERM; "
				+ "a partition a stopped worker held fails, and run --resume redoes it.",
		footer = { "", ExitCodes.HELP })
class WorkerCommand implements Callable<Integer> {

	@Option(names = "--input", paramLabel = "DIR",
			description = "Input root on this machine, when it is not at the path the run was started with.")
	Path input;

	@Option(names = "--threads", paramLabel = "N", defaultValue = "0",
			description = "Files ingested at once (default: the number of cores).")
	int threads;

	@Mixin
	BrokerOptions broker;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		Map<String, Object> properties = this.broker.properties("worker", "--broker");
		if (this.input != null) {
			ArgumentErrors.requireFolder(this.spec, "--input", this.input);
			properties.put("annualstats.remote.input-root", this.input.toAbsolutePath().toString());
		}
		if (this.threads > 0) {
			properties.put("annualstats.ingest.threads", this.threads);
		}
		try (ConfigurableApplicationContext context = this.store.start(properties)) {
			this.broker.requireSharedStore(context, "--broker");
			PrintWriter out = this.spec.commandLine().getOut();
			out.println("worker: taking file partitions from queue " + this.broker.queue + " at "
					+ this.broker.broker.getHost() + ":" + this.broker.broker.getPort() + "; stop with Ctrl-C");
			out.flush();
			// the broker's listener threads do the work until the process is stopped
			new CountDownLatch(1).await();
			return 0;
		}
	}

}
