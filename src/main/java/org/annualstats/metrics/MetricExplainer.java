package org.annualstats.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annualstats.ingest.FileReport;
import org.annualstats.store.ProvenanceRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Explains a figure: its definition in words and the rows of the store it is computed from, each
 * with the file, sheet and row it was read from and the amount it contributes, so that the rows of
 * a figure add up to it.
 */
@Service
public class MetricExplainer {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

	/** The columns of every row, before the fields of its source. */
	private static final List<String> COLUMNS = List.of("metric_id", "member", "value", "file", "sheet", "row", "key");

	private final NamedParameterJdbcTemplate jdbc;

	private final MetricCatalogue catalogue;

	private final MetricFormulas formulas;

	private final ProvenanceRepository provenance;

	public MetricExplainer(NamedParameterJdbcTemplate jdbc, MetricCatalogue catalogue, MetricFormulas formulas,
			ProvenanceRepository provenance) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.formulas = formulas;
		this.provenance = provenance;
	}

	/**
	 * A figure's rule as written and in words; a rate's ratio, then the rules of its numerator and
	 * denominator.
	 */
	public List<String> definition(String metricId) {
		MetricDefinition metric = this.catalogue.metric(metricId);
		List<String> lines = new ArrayList<>();
		if (metric.isRate()) {
			String[] parts = metric.ratioParts();
			lines.add("A rate: " + parts[0] + " / " + parts[1] + " (jobs/" + MetricCatalogue.FILE
					+ ", column ratio); empty when " + parts[1] + " is 0.");
			for (String part : parts) {
				lines.add(part + ":");
				definition(this.formulas.formula(part)).forEach((line) -> lines.add("  " + line));
			}
			return lines;
		}
		lines.addAll(definition(this.formulas.formula(metricId)));
		return lines;
	}

	private static List<String> definition(MetricFormula formula) {
		SourceRows rows = formula.rows();
		List<String> lines = new ArrayList<>();
		lines.add("jobs/" + MetricFormulas.FILE + " line " + formula.line() + ": source " + rows.id() + ", filter "
				+ (formula.filter().isEmpty() ? "(none)" : formula.filter()) + ", measure " + formula.measure()
				+ ((formula.dimension() != null) ? ", dimension " + formula.dimension() : ""));
		lines.add("rows: " + ((rows.file() != null) ? "jobs/" + rows.file() : rows.id() + "_record of the year"));
		lines.add(formula.words());
		return lines;
	}

	/** The figures a figure is computed from: itself, or a rate's numerator and denominator. */
	public List<String> parts(String metricId) {
		MetricDefinition metric = this.catalogue.metric(metricId);
		return metric.isRate() ? List.of(metric.ratioParts()) : List.of(metricId);
	}

	/**
	 * Writes the rows behind a figure to a CSV file: for a rate, those of its numerator and then of
	 * its denominator; for a breakdown, those of one member or ({@code null}) of every member.
	 * Column {@code value} holds what a row adds to the figure of its {@code metric_id} and
	 * {@code member}: 1 for a counted row, the summed amount, or for a count of different values 1
	 * on the first row of each value.
	 * @param asOf the cut-off date of the run whose figure is explained
	 * @param calendar the SHA-256 of the working-day calendar that run counted on
	 * @return the total of column {@code value} per metric and member
	 */
	public List<MetricValue> writeRows(String metricId, String member, int year, LocalDate asOf, String calendar,
			Path file) {
		List<String> partIds = parts(metricId);
		List<MetricFormula> parts = partIds.stream().map(this.formulas::formula).toList();
		Set<String> fields = new LinkedHashSet<>();
		parts.forEach((formula) -> fields.addAll(formula.rows().fieldColumns()));
		Map<String, FileReport> files = files(year);
		Map<String, MetricValue> totals = new LinkedHashMap<>();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write('\uFEFF');
			CSVPrinter csv = new CSVPrinter(writer, FORMAT);
			List<String> header = new ArrayList<>(COLUMNS);
			header.addAll(fields);
			csv.printRecord(header);
			for (MetricFormula formula : parts) {
				write(formula, member, SourceRows.parameters(year, asOf, calendar), files, fields, csv, totals);
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		return totals.values()
			.stream()
			.sorted(Comparator.comparing((MetricValue total) -> partIds.indexOf(total.metricId()))
				.thenComparing(MetricValue::member))
			.toList();
	}

	private void write(MetricFormula formula, String member, MapSqlParameterSource params,
			Map<String, FileReport> files, Set<String> fields, CSVPrinter csv, Map<String, MetricValue> totals) {
		if (member != null) {
			params.addValue("member", formula.dimension().isMonth() ? Integer.parseInt(member) : member);
		}
		String dimension = (formula.dimension() != null) ? formula.dimension().name() : "";
		Set<String> seen = new HashSet<>();
		this.jdbc.query(MetricQueries.rows(formula, member != null), params, (RowCallbackHandler) (rs) -> {
			Object key = rs.getObject(MetricQueries.MEMBER);
			String rowMember = (formula.dimension() != null) ? formula.dimension().member(key) : "";
			BigDecimal value = value(formula, rs, rowMember, seen);
			totals.merge(formula.metricId() + "|" + rowMember,
					new MetricValue(formula.metricId(), dimension, rowMember, value),
					(a, b) -> new MetricValue(a.metricId(), a.dimension(), a.member(), a.value().add(b.value())));
			List<Object> record = new ArrayList<>(List.of(formula.metricId(), rowMember, value.toPlainString()));
			record.addAll(provenance(formula.rows(), rs, files));
			record.add(text(rs.getObject(formula.rows().keyColumn())));
			for (String field : fields) {
				record.add(formula.rows().columns().containsKey(field) ? text(rs.getObject(field)) : "");
			}
			try {
				csv.printRecord(record);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static BigDecimal value(MetricFormula formula, ResultSet rs, String member, Set<String> seen)
			throws SQLException {
		MetricFormula.Measure measure = formula.measure();
		if (measure.column() == null) {
			return BigDecimal.ONE;
		}
		Object value = rs.getObject(measure.column().name());
		if (measure.additive()) {
			return (value != null) ? rs.getBigDecimal(measure.column().name()) : BigDecimal.ZERO;
		}
		return (value != null && seen.add(member + "\u0000" + value)) ? BigDecimal.ONE : BigDecimal.ZERO;
	}

	/** A record's file, sheet and row number; empty for rows that are not records. */
	private static List<Object> provenance(SourceRows rows, ResultSet rs, Map<String, FileReport> files)
			throws SQLException {
		if (!rows.hasProvenance()) {
			return List.of("", "", "");
		}
		FileReport file = files.get(rows.id() + "|" + rs.getInt("file_seq"));
		return List.of((file != null) ? file.file() : "", (file != null && file.sheet() != null) ? file.sheet() : "",
				rs.getLong("row_no"));
	}

	/** The files the year's records were read from, keyed {@code source|file_seq}. */
	private Map<String, FileReport> files(int year) {
		Map<String, FileReport> files = new HashMap<>();
		this.provenance.recordsRun(year)
			.ifPresent((run) -> this.provenance.files(run)
				.forEach((file) -> files.put(file.source() + "|" + file.fileSeq(), file)));
		return files;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
	}

}
