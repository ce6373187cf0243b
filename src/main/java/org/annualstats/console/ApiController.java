package org.annualstats.console;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.annualstats.edition.Edition;
import org.annualstats.ingest.FileReport;
import org.annualstats.operate.ExitCode;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistoryEntry;
import org.annualstats.operate.RunProgress;
import org.annualstats.operate.RunService.Submission;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The pages' twin for scripts: JSON under {@code /api}, HTTP Basic with the console's users. */
@RestController
@RequestMapping("/api")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiController {

	private final Years years;

	private final RunHistory history;

	private final RunDetails runs;

	private final Reruns reruns;

	private final FigureRecords records;

	ApiController(Years years, RunHistory history, RunDetails runs, Reruns reruns, FigureRecords records) {
		this.years = years;
		this.history = history;
		this.runs = runs;
		this.reruns = reruns;
		this.records = records;
	}

	/** A run in a list. */
	record RunJson(String runId, int year, String trigger, String status, LocalDateTime startedAt,
			LocalDateTime endedAt, Double seconds, long rowsRead, long findings, String message) {

		static RunJson of(RunHistoryEntry run) {
			Duration duration = run.duration();
			return new RunJson(run.runId(), run.year(), run.trigger(), run.status().name(), run.startedAt(),
					run.endedAt(), (duration != null) ? duration.toMillis() / 1000.0 : null, run.rowsRead(),
					run.findings(), run.message());
		}

	}

	record YearJson(int year, RunJson lastRun, String publishedRunId, String workbook, List<Edition> editions,
			boolean inInput) {
	}

	@GetMapping("/years")
	List<YearJson> years() {
		return this.years.years()
			.stream()
			.map((y) -> new YearJson(y.year(), (y.lastRun() != null) ? RunJson.of(y.lastRun()) : null,
					(y.published() != null) ? y.published().runId() : null, y.workbook(), y.editions(), y.inInput()))
			.toList();
	}

	@GetMapping("/years/{year}/runs")
	List<RunJson> runs(@PathVariable int year) {
		return this.history.runs(year).stream().map(RunJson::of).toList();
	}

	/** 202 with the run's id and where to follow it; 409 while the year runs; 422 when it cannot run. */
	@PostMapping("/years/{year}/runs")
	ResponseEntity<Map<String, Object>> rerun(@PathVariable int year, Authentication user,
			HttpServletRequest request) {
		Submission submission = this.reruns.rerun(year, user.getName(), request.getRemoteAddr());
		if (submission.runId() != null) {
			return ResponseEntity.accepted()
				.location(URI.create("/api/runs/" + submission.runId()))
				.body(Map.of("runId", submission.runId(), "year", year, "status", "RUNNING"));
		}
		HttpStatus status = (submission.refusal().exitCode() == ExitCode.ALREADY_RUNNING) ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(Map.of("year", year, "error", submission.refusal().message()));
	}

	record RunDetailsJson(RunJson run, String currentStep, List<RunProgress.Step> steps, long rowsRead,
			long rowsRejected, long rowsPerSecond, List<FileReport> files, Map<String, Long> findingsByCheck,
			List<String> outputs) {
	}

	@GetMapping("/runs/{runId}")
	RunDetailsJson run(@PathVariable String runId) {
		RunDetails.Run run = this.runs.run(runId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runId));
		return new RunDetailsJson(RunJson.of(run.entry()), run.currentStep(), run.steps(), run.rowsRead(),
				run.rowsRejected(), run.rowsPerSecond(), run.files(), run.findingsByCheck(), run.outputs());
	}

	record RowsJson(String metricId, int year, String runId, String recordsRunId, String member, long total, int page,
			int pages, List<String> columns, List<List<String>> rows) {
	}

	@GetMapping("/years/{year}/metrics/{metricId}/rows")
	RowsJson rows(@PathVariable int year, @PathVariable String metricId,
			@RequestParam(required = false) String member, @RequestParam(required = false) String run,
			@RequestParam(defaultValue = "1") int page) {
		FigureRecords.Page records = this.records.page(year, metricId, member, run, Math.max(page - 1, 0),
				RunController.PAGE_SIZE);
		return new RowsJson(metricId, year, records.explanation().runId(), records.explanation().recordsRunId(),
				member, records.total(), records.page() + 1, records.pages(), records.header(), records.rows());
	}

}
