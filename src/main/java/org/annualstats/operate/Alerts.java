package org.annualstats.operate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.annualstats.ingest.ControlCharacters;
import org.annualstats.jobs.JobsFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * Posts a message to the webhook of {@code jobs/alerts.properties} when a run ends with one of its
 * outcomes: a generic JSON object, or the text message of a WeCom or DingTalk group robot. The
 * file is checked at start-up; a webhook that fails is logged and never changes a run's outcome.
 */
@Component
public class Alerts {

	static final String FILE = "alerts.properties";

	/** The outcomes an alert can be sent on, as {@code on} names them. */
	static final Set<String> OUTCOMES = Set.of("failed", "stopped", "refused", "died", "r11", "published");

	static final Set<String> FORMATS = Set.of("generic", "wecom", "dingtalk");

	private static final Set<String> KEYS = Set.of("url", "format", "on", "timeout");

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI url;

	private final String format;

	private final Set<String> on;

	private final Duration timeout;

	private final String storeArguments;

	public Alerts(JobsFiles jobs, @Value("${annualstats.store-arguments:}") String storeArguments) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(jobs.text(FILE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String key : properties.stringPropertyNames()) {
			require(KEYS.contains(key), key, "unknown setting; the settings are " + KEYS);
		}
		String url = properties.getProperty("url", "").trim();
		require(url.isEmpty() || url.matches("https?://\\S+"), "url", "'" + url + "' is not an http or https URL");
		this.url = url.isEmpty() ? null : URI.create(url);
		this.format = properties.getProperty("format", "generic").trim();
		require(FORMATS.contains(this.format), "format", "'" + this.format + "' is none of " + FORMATS);
		this.on = Set.copyOf(Arrays.stream(properties.getProperty("on", "").split(","))
			.map(String::trim)
			.filter((outcome) -> !outcome.isEmpty())
			.toList());
		this.on.forEach((outcome) -> require(OUTCOMES.contains(outcome), "on",
				"'" + outcome + "' is no outcome; the outcomes are " + OUTCOMES));
		try {
			this.timeout = DurationStyle.detectAndParse(properties.getProperty("timeout", "10s").trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where("timeout") + "'" + properties.getProperty("timeout")
					+ "' is not a duration, e.g. 10s");
		}
		this.storeArguments = storeArguments;
	}

	private static void require(boolean condition, String key, String problem) {
		if (!condition) {
			throw new IllegalStateException(where(key) + problem);
		}
	}

	private static String where(String key) {
		return "jobs/" + FILE + ", " + key + ": ";
	}

	/** After a run (or a refusal to start one) of a request. */
	void ended(RunRequest request, RunResult result) {
		String outcome = outcome(result);
		if (this.on.contains(outcome)) {
			post(outcome, request.year(), result, resumeLine(request, result));
		}
		if (result.findingsByCheck().containsKey("R11") && this.on.contains("r11")) {
			post("r11", request.year(), result, null);
		}
	}

	/** A run of the year found recorded as running when its year was taken: its process died. */
	void died(int year, String runId) {
		if (this.on.contains("died")) {
			post("died", year, new RunResult(runId, year, RunStatus.DIED, ExitCode.FAILED, RunRepository.DIED_MESSAGE,
					null, Duration.ZERO, 0, 0, 0, Map.of(), null), null);
		}
	}

	private static String outcome(RunResult result) {
		if (result.runId() == null) {
			return "refused";
		}
		return switch (result.status()) {
			case PUBLISHED -> "published";
			case STOPPED -> "stopped";
			default -> "failed";
		};
	}

	private String resumeLine(RunRequest request, RunResult result) {
		if (result.runId() == null || result.status() == RunStatus.PUBLISHED) {
			return null;
		}
		return ResumeCommand.line("annual-stats", request.year(), request.inputRoot().toString(),
				request.outputRoot().toString(), this.storeArguments);
	}

	private void post(String outcome, int year, RunResult result, String resume) {
		if (this.url == null) {
			return;
		}
		try {
			String body = JSON.writeValueAsString(message(outcome, year, result, resume));
			HttpClient client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
			HttpRequest request = HttpRequest.newBuilder(this.url)
				.timeout(this.timeout)
				.header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			// the robots answer 200 with an error code of their own when they refuse a message
			if (response.statusCode() / 100 != 2 || response.body().matches("(?s).*\"errcode\"\\s*:\\s*[1-9].*")) {
				log.warn("alert {} of {} not accepted by {}: HTTP {} {}", outcome, year, this.url.getHost(),
						response.statusCode(), ControlCharacters.escape(response.body()));
			}
			else {
				log.info("alert {} of {} posted to {}", outcome, year, this.url.getHost());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("alert {} of {} could not be posted to {}: {}", outcome, year, this.url.getHost(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			log.warn("alert {} of {} interrupted", outcome, year);
		}
	}

	/** What the webhook receives, in its format. */
	Map<String, Object> message(String outcome, int year, RunResult result, String resume) {
		String text = text(outcome, year, result, resume);
		if (!this.format.equals("generic")) {
			// WeCom and DingTalk group robots take the same text message
			return Map.of("msgtype", "text", "text", Map.of("content", text));
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("outcome", outcome);
		fields.put("year", year);
		fields.put("run_id", result.runId());
		fields.put("status", result.status().name());
		fields.put("exit_code", result.exitCode().code());
		fields.put("step", result.step());
		fields.put("message", result.message());
		fields.put("findings_by_check", result.findingsByCheck());
		fields.put("resume", resume);
		fields.put("text", text);
		return fields;
	}

	private static String text(String outcome, int year, RunResult result, String resume) {
		// the message and folders may hold text from the input: escaped, while the lines stay lines
		StringBuilder text = new StringBuilder("annual-stats ").append(year)
			.append(": ")
			.append(outcome.equals("r11") ? "large changes without an explanation (R11)" : result.status().name())
			.append(", exit code ")
			.append(result.exitCode().code());
		if (result.runId() != null) {
			text.append(", run ").append(result.runId());
		}
		if (result.step() != null) {
			text.append(", step ").append(result.step());
		}
		if (outcome.equals("r11")) {
			text.append("\nR11: ").append(result.findingsByCheck().get("R11")).append(" finding(s); see reconciliation.csv");
		}
		else if (result.message() != null) {
			text.append("\n").append(ControlCharacters.escape(result.message()));
		}
		if (resume != null) {
			text.append("\nresume: ").append(ControlCharacters.escape(resume));
		}
		return text.toString();
	}

}
