package org.annualstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.ingest.FileReport;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.reconcile.Finding;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.store.ProvenanceRepository;

/**
 * The sheets that explain the figures: reconciliation findings grouped by check, and the notes —
 * metric definitions, reference data, input files and rejected rows. Long lists show their first
 * rows and point to the CSV file that has them all.
 */
class ExplanationSheets {

	static final int FINDINGS_PER_CHECK = 20;

	static final int REJECTS_SHOWN = 200;

	private final Publication publication;

	private final Labels labels;

	private final WorkbookStyles styles;

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	ExplanationSheets(Publication publication, Labels labels, WorkbookStyles styles, FindingRepository findings,
			ProvenanceRepository provenance) {
		this.publication = publication;
		this.labels = labels;
		this.styles = styles;
		this.findings = findings;
		this.provenance = provenance;
	}

	void reconciliation(SheetWriter out, String sheetName) {
		out.title(sheetName + "（" + this.publication.run().year() + "年）");
		out.header(this.labels.get("column.check"), this.labels.get("column.checkName"),
				this.labels.get("column.severity"), this.labels.get("column.count"));
		Map<String, List<Finding>> firstByCheck = new LinkedHashMap<>();
		Map<String, String> severityByCheck = new LinkedHashMap<>();
		this.findings.forEachFinding(this.publication.run().runId(), (finding) -> {
			List<Finding> first = firstByCheck.computeIfAbsent(finding.checkId(), (k) -> new ArrayList<>());
			if (first.size() < FINDINGS_PER_CHECK) {
				first.add(finding);
			}
			severityByCheck.merge(finding.checkId(), finding.severity().id(),
					(a, b) -> ("error".equals(a) || "error".equals(b)) ? "error" : a);
		});
		if (firstByCheck.isEmpty()) {
			out.row().text(0, this.labels.get("reconciliation.none"));
		}
		this.publication.findingsByCheck().forEach((check, count) -> out.row()
			.text(0, check)
			.text(1, this.labels.get("check." + check))
			.text(2, this.labels.get("severity." + severityByCheck.get(check)))
			.number(3, BigDecimal.valueOf(count), this.styles.count));
		firstByCheck.forEach((check, first) -> {
			out.blankRow().caption(check + " " + this.labels.get("check." + check));
			out.subHeader(this.labels.get("column.source"), this.labels.get("column.key"),
					this.labels.get("column.message"));
			for (Finding finding : first) {
				out.row()
					.text(0, this.labels.get("source." + finding.source()))
					.text(1, finding.key())
					.note(2, finding.message());
			}
			long total = this.publication.findingsByCheck().getOrDefault(check, 0L);
			if (total > first.size()) {
				out.row().text(0, this.labels.get("more.rows", first.size(), total, "reconciliation.csv"));
			}
		});
	}

	void notes(SheetWriter out, String sheetName) {
		out.title(sheetName);
		out.header(this.labels.get("column.metricId"), this.labels.get("column.metric"),
				this.labels.get("column.unit"), this.labels.get("column.source"), this.labels.get("column.definition"),
				this.labels.get("column.sqlFile"));
		for (MetricDefinition metric : metrics()) {
			out.row()
				.text(0, metric.id())
				.text(1, this.labels.metric(metric))
				.text(2, this.labels.unit(metric))
				.text(3, this.labels.get("source." + (metric.source().isEmpty() ? "reference" : metric.source())))
				.note(4, metric.definition())
				.text(5, metric.isRate() ? metric.ratio() : "jobs/metrics/" + metric.area() + ".sql");
		}
		out.blankRow().caption(this.labels.get("table.reference"));
		out.row().text(0, "certificate-catalogue.csv").text(1, this.publication.run().catalogueSource());
		out.row().text(0, "workday-calendar.csv").text(1, this.publication.run().calendarSource());
		files(out);
		rejects(out);
	}

	private void files(SheetWriter out) {
		out.blankRow().caption(this.labels.get("table.files"));
		out.subHeader(this.labels.get("column.source"), this.labels.get("column.file"), this.labels.get("column.size"),
				this.labels.get("column.sha256"), this.labels.get("column.encoding"), this.labels.get("column.layout"),
				this.labels.get("column.headerRow"), this.labels.get("column.rowsRead"),
				this.labels.get("column.rowsAccepted"), this.labels.get("column.rowsRejected"),
				this.labels.get("column.rowsDuplicate"), this.labels.get("column.rowsOutOfPeriod"));
		for (FileReport file : this.publication.files()) {
			out.row()
				.text(0, this.labels.get("source." + file.source()))
				.text(1, file.file())
				.number(2, BigDecimal.valueOf(file.size()), this.styles.count)
				.text(3, file.sha256())
				.text(4, (file.encoding() != null) ? file.encoding() : "")
				.text(5, (file.sheet() != null) ? file.sheet() : file.delimiter())
				.number(6, BigDecimal.valueOf(file.headerRow()), this.styles.count)
				.number(7, BigDecimal.valueOf(file.rowsRead()), this.styles.count)
				.number(8, BigDecimal.valueOf(file.rowsAccepted()), this.styles.count)
				.number(9, BigDecimal.valueOf(file.rowsRejected()), this.styles.count)
				.number(10, BigDecimal.valueOf(file.rowsDuplicate()), this.styles.count)
				.number(11, BigDecimal.valueOf(file.rowsOutOfPeriod()), this.styles.count);
		}
	}

	private void rejects(SheetWriter out) {
		long total = this.publication.files().stream().mapToLong(FileReport::rowsRejected).sum();
		if (total == 0) {
			return;
		}
		out.blankRow().caption(this.labels.get("table.rejects"));
		out.subHeader(this.labels.get("column.file"), this.labels.get("column.row"), this.labels.get("column.field"),
				this.labels.get("column.value"), this.labels.get("column.reason"));
		long[] shown = { 0 };
		this.provenance.forEachReject(this.publication.run().runId(), (reject) -> {
			if (shown[0]++ < REJECTS_SHOWN) {
				out.row()
					.text(0, reject.file() + ((reject.sheet() != null) ? " [" + reject.sheet() + "]" : ""))
					.number(1, BigDecimal.valueOf(reject.rowNo()), this.styles.count)
					.text(2, reject.field())
					.text(3, reject.value())
					.note(4, reject.reason());
			}
		});
		if (total > REJECTS_SHOWN) {
			out.row().text(0, this.labels.get("more.rows", REJECTS_SHOWN, total, "rejects.csv"));
		}
	}

	private List<MetricDefinition> metrics() {
		return this.publication.rows().stream().map(MetricRow::metric).distinct().toList();
	}

}
