package org.annualstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.annualstats.console.ConsoleUsers;
import org.annualstats.operate.NightlySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** {@code serve}: the web console, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Serve the web console (pages and the JSON API under /api) until stopped: years, runs with "
				+ "their progress, files, findings and rejected rows, downloads, figures down to their records, diff, "
				+ "reruns (ANALYST) and releases (ADMIN).",
				"Reruns read the exports of --input and publish into --output, as run does. Users: see 'user'." },
		footer = { "", ExitCodes.HELP })
class ServeCommand implements Callable<Integer> {

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
			description = "Port of the console (default 8080; 0 picks a free one).")
	int port;

	@Option(names = "--schedule", description = "Also run the nightly schedule of jobs/schedule.properties, "
			+ "as the schedule command does.")
	boolean schedule;

	@Option(names = "--input", required = true, paramLabel = "DIR", description = "Input root of the exports.")
	Path input;

	@Option(names = "--output", required = true, paramLabel = "DIR", description = "Output root.")
	Path output;

	@Mixin
	StoreOptions store;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws InterruptedException {
		if (this.port < 0 || this.port > 65535) {
			throw ArgumentErrors.invalid(this.spec, "--port", this.port, "a port lies from 0 to 65535");
		}
		ArgumentErrors.requireFolder(this.spec, "--input", this.input);
		ConfigurableApplicationContext context = this.store.start(Map.of("spring.main.web-application-type", "servlet",
				"server.port", this.port, "annualstats.console.input", this.input.toAbsolutePath(),
				"annualstats.console.output", this.output.toAbsolutePath()));
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((ContextClosedEvent event) -> closed.countDown());
		// the context has no shutdown hook of its own (see StoreOptions); a run records its stop before this one runs
		Runtime.getRuntime().addShutdownHook(new Thread(context::close, "console-shutdown"));
		PrintWriter out = this.spec.commandLine().getOut();
		if (context.getBean(ConsoleUsers.class).list().isEmpty()) {
			out.println("No console user yet: add one with '" + this.spec.root().qualifiedName()
					+ " user add NAME --role ADMIN --password-stdin' (same store options)");
		}
		out.println("SERVING http://localhost:" + context.getEnvironment().getProperty("local.server.port")
				+ "/ (input " + this.input.toAbsolutePath() + ", output " + this.output.toAbsolutePath() + ")");
		out.flush();
		if (this.schedule) {
			NightlySchedule nightly = context.getBean(NightlySchedule.class);
			nightly.run(nightly.plan(null, List.of()), this.input, this.output, 0);
		}
		closed.await();
		return 0;
	}

}
