package org.annualstats.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricFormula.Dimension;
import org.annualstats.metrics.MetricFormula.Measure;
import org.annualstats.store.SqlTemplate;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every figure's definition, read from {@code jobs/metrics/definitions.csv} and checked when the
 * application starts against the catalogue, the sources and their columns in the store: a wrong
 * definition fails naming its file, line and column instead of computing a wrong figure.
 */
@Component
public class MetricFormulas {

	static final String FILE = "metrics/definitions.csv";

	private static final List<String> COLUMNS = List.of("metric_id", "source", "filter", "measure", "dimension");

	private final Map<String, MetricFormula> formulas = new LinkedHashMap<>();

	private final Map<String, SourceRows> sources = new LinkedHashMap<>();

	private final Map<String, String> fingerprints = new TreeMap<>();

	public MetricFormulas(JobsFiles jobs, MetricCatalogue catalogue, SourceCatalog catalog,
			NamedParameterJdbcTemplate jdbc) {
		for (CSVRecord row : jobs.csv(FILE, (row) -> row)) {
			int line = (int) row.getRecordNumber() + 1;
			for (String column : COLUMNS) {
				if (!row.isMapped(column)) {
					throw new IllegalStateException(where(line, column) + "missing; the columns are " + COLUMNS);
				}
			}
			MetricFormula formula = formula(row, line, catalogue, (id) -> rows(id, line, jobs, catalog, jdbc));
			String sourceQuery = jobs.exists(SourceRows.file(formula.rows().id()))
					? jobs.text(SourceRows.file(formula.rows().id())) : "";
			this.fingerprints.put(formula.metricId(), DigestUtils.sha256Hex(String.join("\u001f", value(row, "source"),
					value(row, "filter"), value(row, "measure"), value(row, "dimension"), sourceQuery)));
			if (this.formulas.putIfAbsent(formula.metricId(), formula) != null) {
				throw new IllegalStateException(where(line, "metric_id") + formula.metricId() + " is defined on line "
						+ this.formulas.get(formula.metricId()).line() + " already");
			}
		}
		List<CSVRecord> catalogueRows = jobs.csv(MetricCatalogue.FILE, (row) -> row);
		for (CSVRecord row : catalogueRows) {
			MetricDefinition metric = catalogue.metric(row.get("metric_id"));
			if (metric.isRate()) {
				this.fingerprints.put(metric.id(), DigestUtils.sha256Hex(metric.ratio()));
			}
			if (!metric.isRate() && !this.formulas.containsKey(metric.id())) {
				throw new IllegalStateException("jobs/" + MetricCatalogue.FILE + " line " + (row.getRecordNumber() + 1)
						+ ": " + metric.id() + " has no definition in jobs/" + FILE
						+ " (a rate is defined by its ratio)");
			}
		}
	}

	private MetricFormula formula(CSVRecord row, int line, MetricCatalogue catalogue,
			Function<String, SourceRows> rows) {
		String id = value(row, "metric_id");
		MetricDefinition metric;
		try {
			metric = catalogue.metric(id);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where(line, "metric_id") + ex.getMessage());
		}
		if (metric.isRate()) {
			throw new IllegalStateException(where(line, "metric_id") + id + " is a rate: the catalogue's ratio "
					+ metric.ratio() + " defines it");
		}
		SourceRows source = rows.apply(value(row, "source"));
		String recordSource = (source.record() != null) ? source.id() : "";
		if (!metric.source().equals(recordSource)) {
			throw new IllegalStateException(where(line, "source") + "'" + source.id() + "' disagrees with the source '"
					+ metric.source() + "' of " + id + " in jobs/" + MetricCatalogue.FILE
					+ " (which is empty for figures of other data than records)");
		}
		RowFilter filter = parse(line, "filter", () -> RowFilter.parse(value(row, "filter"), source));
		Measure measure = parse(line, "measure", () -> Measure.parse(value(row, "measure"), source));
		String dimensionText = value(row, "dimension");
		Dimension dimension = dimensionText.isEmpty() ? null
				: parse(line, "dimension", () -> Dimension.parse(dimensionText, source));
		return new MetricFormula(id, source, filter, measure, dimension, line);
	}

	private SourceRows rows(String id, int line, JobsFiles jobs, SourceCatalog catalog,
			NamedParameterJdbcTemplate jdbc) {
		SourceRows rows = this.sources.get(id);
		if (rows != null) {
			return rows;
		}
		List<String> recordSources = catalog.sources().stream().map(SourceSpec::id).toList();
		SourceSpec record = recordSources.contains(id) ? catalog.source(id) : null;
		if (!SqlTemplate.isIdentifier(id) || record == null && !jobs.exists(SourceRows.file(id))) {
			throw new IllegalStateException(where(line, "source") + "unknown source '" + id + "': neither a source of "
					+ "jobs/sources/sources.csv " + recordSources + " nor a query in jobs/" + SourceRows.file(id));
		}
		rows = SourceRows.read(id, record, jobs, catalog, jdbc);
		this.sources.put(id, rows);
		return rows;
	}

	private static String value(CSVRecord row, String column) {
		return row.isSet(column) ? row.get(column) : "";
	}

	/** The parser's message is complete with file, line and column: no cause, as the console shows the deepest. */
	private static <T> T parse(int line, String column, Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where(line, column) + ex.getMessage());
		}
	}

	private static String where(int line, String column) {
		return "jobs/" + FILE + " line " + line + ", column '" + column + "': ";
	}

	/**
	 * A SHA-256 of each figure's definition, keyed by metric id: its row of the definitions with the
	 * query of its source's rows, or a rate's ratio. Two runs whose fingerprints of a figure differ
	 * computed it by different rules.
	 */
	public Map<String, String> fingerprints() {
		return Collections.unmodifiableMap(this.fingerprints);
	}

	/** The definition of a figure that is not a rate. */
	MetricFormula formula(String metricId) {
		MetricFormula formula = this.formulas.get(metricId);
		if (formula == null) {
			throw new IllegalArgumentException(metricId + " has no definition in jobs/" + FILE);
		}
		return formula;
	}

	/** The definitions of one source's rows, in file order. */
	Map<SourceRows, List<MetricFormula>> bySource() {
		Map<SourceRows, List<MetricFormula>> bySource = new LinkedHashMap<>();
		this.formulas.values()
			.forEach((formula) -> bySource.computeIfAbsent(formula.rows(), (s) -> new ArrayList<>()).add(formula));
		return bySource;
	}

	List<MetricFormula> formulas() {
		return List.copyOf(this.formulas.values());
	}

}
