package org.annualstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.annualstats.metrics.MetricRow;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.store.ProvenanceRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV outputs: UTF-8 with BOM (Excel reads Chinese correctly), rows sorted by their key
 * columns and nothing time-dependent inside, so the same inputs give byte-identical files. Key
 * columns hold ids; reasons and messages are in the run's language.
 */
class CsvOutputs {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	private final ProblemTexts texts;

	private final Labels labels;

	CsvOutputs(FindingRepository findings, ProvenanceRepository provenance, ProblemTexts texts, Labels labels) {
		this.labels = labels;
		this.findings = findings;
		this.provenance = provenance;
		this.texts = texts;
	}

	/**
	 * One row per figure and member. The columns a reader needs (label, unit, member_label, in the
	 * run's language) follow the original ones, so scripts reading those by position keep working.
	 *
	 * @param memberLabels readable names of breakdown members, keyed {@code metric_id|member}
	 */
	void metrics(Path file, int year, List<MetricRow> rows, Map<String, String> memberLabels) {
		write(file, (csv) -> {
			csv.printRecord("year", "metric_id", "dimension", "member", "value", "previous_value", "change",
					"change_ratio", "note", "label", "unit", "member_label");
			List<MetricRow> sorted = rows.stream()
				.sorted(Comparator.comparing((MetricRow r) -> r.metric().id())
					.thenComparing(MetricRow::dimension)
					.thenComparing(MetricRow::member))
				.toList();
			for (MetricRow row : sorted) {
				print(csv, year, row.metric().id(), row.dimension(), row.member(),
						Numbers.plain(row.metric(), row.value()), Numbers.plain(row.metric(), row.previous()),
						Numbers.plain(row.metric(), row.change()), Numbers.ratio(row.changeRatio()),
						(row.unlikeCoverage() != null) ? this.labels.coverageNote(row.unlikeCoverage()) : "",
						this.labels.metric(row.metric()), this.labels.unit(row.metric()),
						row.dimension().isEmpty() ? "" : Publication.memberName(row.metric().id(), row.dimension(),
								row.member(), memberLabels, this.labels));
			}
		});
	}

	void rejects(Path file, String runId) {
		write(file, (csv) -> {
			// key, column and raw_value follow the original columns, so scripts reading those by position keep working
			csv.printRecord("source", "file", "sheet", "row", "field", "value", "reason", "key", "column",
					"raw_value");
			this.provenance.forEachReject(runId, (r) -> print(csv, r.source(), r.file(), r.sheet(), r.rowNo(),
					r.field(), r.value(), this.texts.reason(r), r.key(), r.column(), r.cell()));
		});
	}

	void reconciliation(Path file, String runId) {
		write(file, (csv) -> {
			csv.printRecord("check_id", "severity", "source", "key", "message");
			this.findings.forEachFinding(runId,
					(f) -> print(csv, f.checkId(), f.severity().id(), f.source(), f.key(), this.texts.message(f)));
		});
	}

	private static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(CsvCells.inert(values));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Body {

		void write(CSVPrinter csv) throws IOException;

	}

	private static void write(Path file, Body body) {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			try (CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
				body.write(csv);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
