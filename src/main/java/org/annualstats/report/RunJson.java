package org.annualstats.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.annualstats.ingest.FileReport;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code run.json}: the run's identity, status, per-file provenance and findings per check. */
final class RunJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunJson() {
	}

	static void write(Path file, Publication publication) {
		RunSummary run = publication.run();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("run_id", run.runId());
		json.put("year", run.year());
		json.put("as_of", run.asOf().toString());
		json.put("trigger", run.trigger());
		json.put("started_at", run.startedAt().toString());
		json.put("ended_at", LocalDateTime.now().withNano(0).toString());
		// the status word of the console and history; published despite reconciliation errors shows below
		json.put("status", "PUBLISHED");
		json.put("reconciled", run.reconciled());
		json.put("input_root", run.inputRoot());
		json.put("previous_year_run_id", run.previousRunId());
		json.put("reference", Map.of("certificate_catalogue", run.catalogueSource(), "workday_calendar",
				run.calendarSource()));
		json.put("files", publication.files().stream().map(RunJson::file).toList());
		json.put("findings_by_check", publication.findingsByCheck());
		json.put("metrics", publication.rows().stream().map(MetricRow::metric).distinct().map(RunJson::metric).toList());
		JSON.writeValue(file.toFile(), json);
	}

	/** How a figure is defined and where from: the rule, and the definitions file or ratio behind it. */
	private static Map<String, Object> metric(MetricDefinition metric) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", metric.id());
		json.put("unit", metric.unit());
		json.put("source", metric.source().isEmpty() ? "reference" : metric.source());
		json.put("definition", metric.definitionEn());
		json.put("defined_by", metric.definedBy());
		return json;
	}

	private static Map<String, Object> file(FileReport report) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("source", report.source());
		file.put("path", report.file());
		file.put("size", report.size());
		file.put("sha256", report.sha256());
		file.put("encoding", report.encoding());
		file.put("delimiter", report.delimiter());
		file.put("sheet", report.sheet());
		file.put("header_row", report.headerRow());
		file.put("rows_read", report.rowsRead());
		file.put("rows_accepted", report.rowsAccepted());
		file.put("rows_rejected", report.rowsRejected());
		file.put("rows_duplicate", report.rowsDuplicate());
		file.put("rows_out_of_period", report.rowsOutOfPeriod());
		file.put("unknown_columns", report.unknownColumns());
		return file;
	}

}
