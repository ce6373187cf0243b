package org.annualstats.console;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API against the real server: credentials and roles, a rerun under the year lock, its
 * run as scripts follow it, downloads by run and name only, and a figure's records.
 */
class ConsoleApiFunctionalTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int YEAR = 2021;

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void scriptsReadRerunAndDownloadAsTheirRoleAllows(Function<Path, TestStore> stores) throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, YEAR);
		Path output = this.work.resolve("out");
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			ConsoleServer.addUser(store, "leader", ConsoleRole.VIEWER, "viewer-password");
			ConsoleServer.addUser(store, "analyst", ConsoleRole.ANALYST, "analyst-password");
			try (ConsoleServer server = ConsoleServer.start(this.work, store, input, output)) {
				assertThat(server.send("GET", "/api/years", null, null).statusCode()).isEqualTo(401);
				assertThat(server.send("GET", "/api/years", "leader", "wrong-password").statusCode()).isEqualTo(401);
				JsonNode years = json(server.send("GET", "/api/years", "leader", "viewer-password"));
				assertThat(years.get(0).get("year").asInt()).isEqualTo(YEAR);
				assertThat(years.get(0).get("inInput").asBoolean()).isTrue();

				// a viewer may not rerun: 403, and nothing starts
				assertThat(server.send("POST", "/api/years/" + YEAR + "/runs", "leader", "viewer-password").statusCode())
					.isEqualTo(403);
				assertThat(store.count("SELECT COUNT(*) FROM year_lock")).isZero();

				HttpResponse<byte[]> accepted = server.send("POST", "/api/years/" + YEAR + "/runs", "analyst",
						"analyst-password");
				assertThat(accepted.statusCode()).isEqualTo(202);
				String runId = json(accepted).get("runId").asString();
				HttpResponse<byte[]> busy = server.send("POST", "/api/years/" + YEAR + "/runs", "analyst",
						"analyst-password");
				assertThat(busy.statusCode()).isEqualTo(409);
				assertThat(json(busy).get("error").asString()).contains("already being run");

				JsonNode run = awaitEnd(server, runId);
				assertThat(run.get("run").get("status").asString()).isEqualTo("PUBLISHED");
				assertThat(run.get("run").get("trigger").asString()).isEqualTo("console");
				assertThat(run.get("rowsRead").asLong()).isEqualTo(4);
				assertThat(run.get("files")).hasSize(4);
				assertThat(run.get("steps").get(0).get("name").asString()).isEqualTo("reference");
				assertThat(run.get("outputs").toString()).contains("statistical-appendix-" + YEAR + ".xlsx",
						"charts/");
				JsonNode runs = json(server.send("GET", "/api/years/" + YEAR + "/runs", "leader", "viewer-password"));
				assertThat(runs).hasSize(1);
				assertThat(runs.get(0).get("runId").asString()).isEqualTo(runId);
				assertThat(store.count("SELECT COUNT(*) FROM stats_run WHERE stat_year = " + YEAR)).isEqualTo(1);

				String files = "/api/runs/" + runId + "/files/";
				String workbook = "statistical-appendix-" + YEAR + ".xlsx";
				HttpResponse<byte[]> download = server.send("GET", files + workbook, "leader", "viewer-password");
				assertThat(download.statusCode()).isEqualTo(200);
				assertThat(download.body()).isEqualTo(Files.readAllBytes(output.resolve(String.valueOf(YEAR)).resolve(workbook)));
				String chart = run.get("outputs").valueStream().map(JsonNode::asString)
					.filter((name) -> name.startsWith("charts/")).findFirst().orElseThrow();
				assertThat(server.send("GET", files + chart, "leader", "viewer-password").statusCode()).isEqualTo(200);
				for (String outside : new String[] { "../../../../etc/passwd", "%2e%2e/%2e%2e/run.json",
						"charts%2F..%2Frun.json", "charts/../run.json", "/etc/passwd", "%2Fetc%2Fpasswd",
						"editions", "no-such-file.csv", output.toAbsolutePath() + "/" + YEAR + "/run.json" }) {
					assertThat(server.send("GET", files + outside, "leader", "viewer-password").statusCode())
						.as(outside).isEqualTo(404);
				}
				assertThat(server.send("GET", "/api/runs/no-such-run/files/run.json", "leader", "viewer-password")
					.statusCode()).isEqualTo(404);

				String rowsPath = "/api/years/" + YEAR + "/metrics/permit.applications/rows";
				JsonNode rows = json(server.send("GET", rowsPath + "?page=1", "leader", "viewer-password"));
				assertThat(rows.get("total").asLong()).isEqualTo(1);
				assertThat(rows.get("runId").asString()).isEqualTo(runId);
				assertThat(rows.get("columns").get(0).asString()).isEqualTo("metric_id");
				assertThat(rows.get("rows").get(0).toString()).contains("MIN-P");
				HttpResponse<byte[]> csv = server.send("GET", rowsPath + ".csv", "leader", "viewer-password");
				assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFmetric_id,").contains("MIN-P");
				assertThat(server.send("GET", "/api/years/" + YEAR + "/metrics/no.such.metric/rows", "leader",
						"viewer-password").statusCode()).isEqualTo(404);

				assertThat(store.count("SELECT COUNT(*) FROM console_audit WHERE action = 'RERUN' AND username = 'analyst'"))
					.isEqualTo(1);
				assertThat(store.count("SELECT COUNT(*) FROM console_audit WHERE action = 'RERUN_REFUSED'")).isEqualTo(1);
				assertThat(store.count("SELECT COUNT(*) FROM console_audit WHERE action = 'SIGN_IN_FAILED' "
						+ "AND username = 'leader' AND remote <> ''")).isEqualTo(1);
				assertThat(store.count("SELECT COUNT(*) FROM console_audit WHERE action = 'USER_ADDED'")).isEqualTo(2);

				// a removed user is signed out at the next request
				assertThat(Cli.output(store, "user", "remove", "leader")).contains("REMOVED leader");
				assertThat(server.send("GET", "/api/years", "leader", "viewer-password").statusCode()).isEqualTo(401);
				assertThat(Cli.output(store, "user", "list")).contains("analyst", "ANALYST").doesNotContain("leader");
				assertThat(store.count("SELECT COUNT(*) FROM console_audit WHERE action = 'USER_REMOVED'")).isEqualTo(1);
				assertThat(store.count("SELECT COUNT(*) FROM console_user WHERE password_hash LIKE '{bcrypt}%'"))
					.isEqualTo(1);
			}
		}
	}

	private static JsonNode awaitEnd(ConsoleServer server, String runId) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode run = json(server.send("GET", "/api/runs/" + runId, "leader", "viewer-password"));
			if (!"RUNNING".equals(run.get("run").get("status").asString())) {
				return run;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("run " + runId + " did not end:\n" + server.output());
	}

	private static JsonNode json(HttpResponse<byte[]> response) {
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isBetween(200, 499);
		return JSON.readTree(response.body());
	}

}
