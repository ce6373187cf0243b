package org.annualstats.operate;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Alerts posted to a webhook on this machine, as a group robot or an operator's endpoint receives them. */
class AlertsTests {

	private static final RunRequest REQUEST = new RunRequest(2020, Path.of("/data/exports"), Path.of("/data/appendix"),
			null, "schedule", false, false, false);

	private static final RunResult FAILED = new RunResult("2020-20261130T020000-ab12", 2020, RunStatus.FAILED,
			ExitCode.RECONCILIATION_ERRORS, "1 reconciliation error(s), nothing published: R10 …", null,
			Duration.ofSeconds(3), 10, 10, 0, Map.of("R10", 1L), "reconcile");

	@TempDir
	Path work;

	private HttpServer server;

	private final List<String> received = new CopyOnWriteArrayList<>();

	private int status = 200;

	@BeforeEach
	void webhook() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hook", (exchange) -> {
			this.received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(this.status, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aFailedRunPostsItsFieldsAndTheCommandThatResumesIt() throws Exception {
		alerts("generic", "failed").ended(REQUEST, FAILED);

		assertThat(this.received).hasSize(1);
		JsonNode message = JsonMapper.builder().build().readTree(this.received.get(0));
		assertThat(message.get("outcome").asString()).isEqualTo("failed");
		assertThat(message.get("year").asInt()).isEqualTo(2020);
		assertThat(message.get("run_id").asString()).isEqualTo("2020-20261130T020000-ab12");
		assertThat(message.get("status").asString()).isEqualTo("FAILED");
		assertThat(message.get("exit_code").asInt()).isEqualTo(3);
		assertThat(message.get("step").asString()).isEqualTo("reconcile");
		assertThat(message.get("message").asString()).startsWith("1 reconciliation error(s)");
		assertThat(message.get("resume").asString()).isEqualTo("annual-stats run --year 2020 --input /data/exports "
				+ "--output /data/appendix --resume --data-dir '/data/my store'");
	}

	/** WeCom and DingTalk group robots take {"msgtype":"text","text":{"content":…}}. */
	@ParameterizedTest
	@CsvSource({ "wecom", "dingtalk" })
	void groupRobotsGetOneTextMessage(String format) throws Exception {
		alerts(format, "failed").ended(REQUEST, FAILED);

		assertThat(this.received).hasSize(1);
		JsonNode message = JsonMapper.builder().build().readTree(this.received.get(0));
		assertThat(message.get("msgtype").asString()).isEqualTo("text");
		assertThat(message.get("text").get("content").asString()).isEqualTo("""
				annual-stats 2020: FAILED, exit code 3, run 2020-20261130T020000-ab12, step reconcile
				1 reconciliation error(s), nothing published: R10 …
				resume: annual-stats run --year 2020 --input /data/exports --output /data/appendix --resume \
				--data-dir '/data/my store'""");
	}

	@Test
	void onlyTheOutcomesAskedForAreSent() throws Exception {
		Alerts alerts = alerts("generic", "stopped,r11");
		alerts.ended(REQUEST, FAILED);
		assertThat(this.received).isEmpty();

		RunResult published = new RunResult("2020-x", 2020, RunStatus.PUBLISHED, ExitCode.PUBLISHED, null,
				Path.of("/data/appendix/2020"), Duration.ZERO, 1, 1, 0, Map.of("R11", 3L), null);
		alerts.ended(REQUEST, published);
		alerts.died(2020, "2020-y");

		assertThat(this.received).hasSize(1);
		JsonNode message = JsonMapper.builder().build().readTree(this.received.get(0));
		assertThat(message.get("outcome").asString()).isEqualTo("r11");
		assertThat(message.get("text").asString()).contains("R11: 3 finding(s)");
	}

	@Test
	void aFailingWebhookIsLoggedAndTheRunGoesOn() throws Exception {
		this.status = 500;
		alerts("generic", "failed").ended(REQUEST, FAILED);
		this.server.stop(0);
		alerts("wecom", "failed").ended(REQUEST, FAILED);
		// no exception: the run's result stands as it was
		assertThat(this.received).hasSize(1);
	}

	@Test
	void aWrongSettingStopsStartUpNamingIt() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> alerts("teams", "failed"))
			.withMessage("jobs/alerts.properties, format: 'teams' is none of [generic, wecom, dingtalk]"
				.replace("[generic, wecom, dingtalk]", Alerts.FORMATS.toString()));
		assertThatIllegalStateException().isThrownBy(() -> alerts("generic", "failed,crashed"))
			.withMessageStartingWith("jobs/alerts.properties, on: 'crashed' is no outcome");
	}

	@Test
	void aRunThatFailsPostsItsAlertAndKeepsItsExitCode() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		FileSystemUtils.deleteRecursively(input.resolve("2020/review"));
		JobsFolder jobs = jobs("dingtalk", "failed,published");
		Path data = this.work.resolve("data");

		Printed run = jobs.during(() -> Cli.print(TestStore.h2(data), "run", "--year", "2020", "--input",
				input.toString(), "--output", this.work.resolve("out").toString()));

		assertThat(run.exit()).isEqualTo(ExitCode.RECONCILIATION_ERRORS.code());
		assertThat(this.received).hasSize(1);
		String content = JsonMapper.builder().build().readTree(this.received.get(0)).get("text").get("content").asString();
		assertThat(content).startsWith("annual-stats 2020: FAILED, exit code 3, run 2020-")
			.contains(", step reconcile\n1 reconciliation error(s), nothing published: R10")
			.endsWith("resume: annual-stats run --year 2020 --input " + input + " --output " + this.work.resolve("out")
					+ " --resume --data-dir " + data);
	}

	private JobsFolder jobs(String format, String on) throws IOException {
		return new JobsFolder(this.work.resolve("jobs")).write(Alerts.FILE, "url=http://127.0.0.1:"
				+ this.server.getAddress().getPort() + "/hook\nformat=" + format + "\non=" + on + "\ntimeout=5s\n");
	}

	private Alerts alerts(String format, String on) throws IOException {
		return new Alerts(new JobsFiles(jobs(format, on).path()), "--data-dir '/data/my store'");
	}

}
