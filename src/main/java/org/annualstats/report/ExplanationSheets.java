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
 * The sheets that explain the figures: reconciliation findings by check, and the notes — what
 * each figure counts, the reference data, the input files with their provenance and the rejected
 * rows. Long lists show their first rows and point to the CSV file that has them all.
 */
class ExplanationSheets {

	static final int FINDINGS_PER_CHECK = 20;

	static final int REJECTS_SHOWN = 200;

	/** The grid of both sheets: a name column, a wide wrapped column and five narrow ones. */
	static final int[] GRID = { 22, 50, 8, 8, 8, 8, 8 };

	private static final int COLUMNS = GRID.length;

	private final Publication publication;

	private final Labels labels;

	private final ProblemTexts problems;

	private final WorkbookStyles styles;

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	ExplanationSheets(Publication publication, Labels labels, ProblemTexts problems, WorkbookStyles styles,
			FindingRepository findings, ProvenanceRepository provenance) {
		this.publication = publication;
		this.labels = labels;
		this.problems = problems;
		this.styles = styles;
		this.findings = findings;
		this.provenance = provenance;
	}

	/** 数据核对: one row per check that found something, then the first findings of each. */
	void reconciliation(SheetWriter out, int sheetNumber, String title) {
		String prefix = this.labels.get("table.number", sheetNumber) + "-";
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
		int table = 0;
		Map<String, Long> counts = this.publication.findingsByCheck();
		out.tableTitle(prefix + (++table), title, organisation(), null, COLUMNS, Math.max(1, counts.size()));
		out.header(this.labels.get("column.checkName"), null, this.labels.get("column.severity"), null,
				this.labels.get("column.count"), null, null);
		if (counts.isEmpty()) {
			out.row().text(0, COLUMNS - 1, this.labels.get("reconciliation.none"), this.styles.text);
		}
		counts.forEach((check, count) -> out.row()
			.text(0, 1, this.problems.check(check), this.styles.text)
			.text(2, 3, this.labels.get("severity." + severityByCheck.get(check)), this.styles.centred)
			.number(4, 6, BigDecimal.valueOf(count), this.styles.count));
		out.endTable(List.of(), this.labels.get("sources.line", this.labels.get("sources.reconciliation")), COLUMNS);
		for (Map.Entry<String, List<Finding>> check : firstByCheck.entrySet()) {
			List<Finding> first = check.getValue();
			out.tableTitle(prefix + (++table), this.problems.check(check.getKey()), organisation(), null,
					COLUMNS, first.size());
			out.header(this.labels.get("column.source"), this.labels.get("column.message"), null, null, null, null,
					null);
			for (Finding finding : first) {
				String message = this.problems.message(finding);
				out.row(out.lines(message, 1, COLUMNS - 1))
					.text(0, this.labels.get("source." + finding.source()))
					.text(1, COLUMNS - 1, message, this.styles.wrapped);
			}
			long total = counts.getOrDefault(check.getKey(), 0L);
			List<String> more = (total > first.size())
					? List.of(this.labels.get("more.rows", first.size(), total, "reconciliation.csv")) : List.of();
			out.endTable(more, null, COLUMNS);
		}
	}

	/** 数据说明: definitions, reference data, input files and rejected rows. */
	void notes(SheetWriter out, int sheetNumber, String title) {
		String prefix = this.labels.get("table.number", sheetNumber) + "-";
		List<MetricDefinition> metrics = this.publication.rows().stream().map(MetricRow::metric).distinct().toList();
		out.tableTitle(prefix + 1, this.labels.get("table.definitions"), organisation(), null, COLUMNS,
				metrics.size());
		out.header(this.labels.get("column.metric"), this.labels.get("column.definition"), this.labels.get("column.unit"),
				this.labels.get("column.source"), null, null, null);
		for (MetricDefinition metric : metrics) {
			String label = this.labels.metric(metric);
			// the command line that lists the records behind the figure
			String definition = this.labels.definition(metric) + "\n"
					+ this.labels.get("definition.explain", this.publication.run().year(), metric.id());
			out.row(Math.max(out.lines(label, 0, 0), out.lines(definition, 1, 1)))
				.text(0, label, this.styles.wrapped)
				.text(1, definition, this.styles.wrapped)
				.text(2, this.labels.unit(metric), this.styles.centred)
				.text(3, COLUMNS - 1, this.labels.get("source." + (metric.source().isEmpty() ? "reference" : metric.source())),
						this.styles.text);
		}
		out.endTable(List.of(), null, COLUMNS);

		out.tableTitle(prefix + 2, this.labels.get("table.reference"), organisation(), null, COLUMNS, 2);
		out.header(this.labels.get("column.name"), this.labels.get("column.location"), null, null, null, null, null);
		reference(out, "reference.catalogue", this.publication.run().catalogueSource());
		reference(out, "reference.calendar", this.publication.run().calendarSource());
		out.endTable(List.of(), null, COLUMNS);
		files(out, prefix + 3);
		rejects(out, prefix + 4);
	}

	private void reference(SheetWriter out, String nameKey, String location) {
		out.row(out.lines(location, 1, COLUMNS - 1))
			.text(0, this.labels.get(nameKey))
			.text(1, COLUMNS - 1, location, this.styles.wrapped);
	}

	/** Source | file with its size, encoding, layout and SHA-256 | rows read, accepted, rejected … */
	private void files(SheetWriter out, String number) {
		List<FileReport> files = this.publication.files();
		out.tableTitle(number, this.labels.get("table.files"), organisation(), null, COLUMNS, files.size(), 4);
		out.header(this.labels.get("column.source"), this.labels.get("column.file"), this.labels.get("column.rowsRead"),
				this.labels.get("column.rowsAccepted"), this.labels.get("column.rowsRejected"),
				this.labels.get("column.rowsDuplicate"), this.labels.get("column.rowsOutOfPeriod"));
		for (FileReport file : files) {
			String layout = (file.sheet() != null) ? this.labels.get("file.sheet", file.sheet())
					: this.labels.get("file.delimiter", describeDelimiter(file.delimiter()));
			String described = this.labels.get("file.described", file.file(), String.format("%,d", file.size()),
					(file.encoding() != null) ? file.encoding() : "—", layout, file.headerRow(), file.sha256());
			out.row(out.lines(described, 1, 1) + 1)
				.text(0, this.labels.get("source." + file.source()), this.styles.wrapped)
				.text(1, described, this.styles.wrapped)
				.number(2, BigDecimal.valueOf(file.rowsRead()), this.styles.count)
				.number(3, BigDecimal.valueOf(file.rowsAccepted()), this.styles.count)
				.number(4, BigDecimal.valueOf(file.rowsRejected()), this.styles.count)
				.number(5, BigDecimal.valueOf(file.rowsDuplicate()), this.styles.count)
				.number(6, BigDecimal.valueOf(file.rowsOutOfPeriod()), this.styles.count);
		}
		out.endTable(List.of(), null, COLUMNS);
	}

	private String describeDelimiter(String delimiter) {
		if (delimiter == null) {
			return "—";
		}
		return switch (delimiter) {
			case "\t" -> this.labels.get("delimiter.tab");
			case "," -> this.labels.get("delimiter.comma");
			default -> delimiter;
		};
	}

	/** File and row | reason | field | value as the file has it. */
	private void rejects(SheetWriter out, String number) {
		long total = this.publication.files().stream().mapToLong(FileReport::rowsRejected).sum();
		if (total == 0) {
			return;
		}
		// a rejected row names its file and a reason: two lines or three
		out.tableTitle(number, this.labels.get("table.rejects"), organisation(), null, COLUMNS,
				(int) Math.min(total, REJECTS_SHOWN), 3);
		out.header(this.labels.get("column.fileRow"), this.labels.get("column.reason"), this.labels.get("column.field"),
				null, this.labels.get("column.value"), null, null);
		long[] shown = { 0 };
		this.provenance.forEachReject(this.publication.run().runId(), (reject) -> {
			if (shown[0]++ < REJECTS_SHOWN) {
				String where = this.labels.get("reject.where", reject.file(),
						(reject.sheet() != null) ? " [" + reject.sheet() + "]" : "", reject.rowNo());
				String reason = this.problems.reason(reject);
				out.row(Math.max(out.lines(where, 0, 0), out.lines(reason, 1, 1)))
					.text(0, where, this.styles.wrapped)
					.text(1, reason, this.styles.wrapped)
					.text(2, 3, this.problems.field(reject), this.styles.text)
					.text(4, COLUMNS - 1, reject.value(), this.styles.text);
			}
		});
		List<String> more = (total > REJECTS_SHOWN) ? List.of(this.labels.get("more.rows", REJECTS_SHOWN, total,
				"rejects.csv")) : List.of();
		out.endTable(more, null, COLUMNS);
	}

	private String organisation() {
		return this.labels.get("organisation.line", this.publication.bureauName());
	}

}
