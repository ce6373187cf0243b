package org.annualstats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.annualstats.metrics.MetricQueries.Pass;
import org.annualstats.store.DatabaseVendor;
import org.annualstats.store.SqlFiles;
import org.annualstats.store.SqlTemplate;
import org.annualstats.store.StagingRepository;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a run's figures: the definitions of {@code jobs/metrics/definitions.csv}, source by
 * source, in one query over each source's rows; rates are then divided from their catalogue
 * numerator and denominator.
 */
@Service
public class MetricsCalculator {

	private final NamedParameterJdbcTemplate jdbc;

	private final MetricFormulas formulas;

	private final MetricCatalogue catalogue;

	private final MetricRepository repository;

	private final DatabaseVendor vendor;

	private final SqlFiles sql = new SqlFiles(MetricsCalculator.class);

	public MetricsCalculator(NamedParameterJdbcTemplate jdbc, MetricFormulas formulas, MetricCatalogue catalogue,
			MetricRepository repository, DatabaseVendor vendor) {
		this.jdbc = jdbc;
		this.vendor = vendor;
		this.formulas = formulas;
		this.catalogue = catalogue;
		this.repository = repository;
	}

	/** @param calendar the SHA-256 of the working-day calendar the run loaded, which its figures count on */
	@Transactional
	public List<MetricValue> compute(String runId, int year, LocalDate asOf, String calendar) {
		MapSqlParameterSource params = SourceRows.parameters(year, asOf, calendar);
		if (this.vendor.isPostgres()) {
			this.jdbc.getJdbcTemplate().execute(this.sql.get("postgresql/aggregate-memory.sql"));
		}
		String calendarTable = StagingRepository.runTable("calendar", runId);
		String createCalendar = SqlTemplate.of(this.sql.get("create-run-calendar.sql"))
			.identifier("table", calendarTable)
			.render();
		for (String statement : SqlFiles.statements(createCalendar)) {
			this.jdbc.update(statement, params);
		}
		Map<MetricFormula, Figures> figures = new LinkedHashMap<>();
		this.formulas.formulas().forEach((formula) -> figures.put(formula, new Figures()));
		this.formulas.bySource().forEach((rows, formulas) -> {
			Pass pass = MetricQueries.pass(rows, formulas, calendarTable);
			try {
				this.jdbc.query(pass.sql(), params, (RowCallbackHandler) (rs) -> add(pass, rs, figures));
			}
			catch (DataAccessException ex) {
				throw new IllegalStateException("the definitions of source " + rows.id() + " in jobs/"
						+ MetricFormulas.FILE + " failed: " + ex.getMostSpecificCause().getMessage(), ex);
			}
		});
		List<MetricValue> values = new ArrayList<>();
		figures.forEach((formula, figure) -> values.addAll(figure.values(formula)));
		values.addAll(rates(values));
		this.repository.replace(runId, year, values);
		return values;
	}

	/** Adds a group of a pass to the figures of its definitions' members. */
	private static void add(Pass pass, ResultSet rs, Map<MetricFormula, Figures> figures) throws SQLException {
		for (int i = 0; i < pass.formulas().size(); i++) {
			MetricFormula formula = pass.formulas().get(i);
			String member = "";
			if (pass.members()[i] > 0) {
				Object key = rs.getObject(pass.members()[i]);
				if (key == null) {
					// a date outside the year: in no month of this breakdown
					continue;
				}
				member = formula.dimension().member(key);
			}
			long rows = (pass.counts()[i] > 0) ? rs.getLong(pass.counts()[i]) : 0;
			if (formula.measure().additive()) {
				figures.get(formula).add(member, rs.getBigDecimal(pass.values()[i]), rows);
			}
			else {
				figures.get(formula).addDifferent(member, rs.getObject(pass.values()[i]), rows);
			}
		}
	}

	/** A definition's figure per member, added up over the groups of its pass. */
	private static final class Figures {

		private final Map<String, BigDecimal> sums = new HashMap<>();

		/** Per member with rows, the different values met of a count of different values. */
		private final Map<String, Set<Object>> different = new HashMap<>();

		private final Map<String, Long> rows = new TreeMap<>();

		void add(String member, BigDecimal value, long rows) {
			this.sums.merge(member, (value != null) ? value : BigDecimal.ZERO, BigDecimal::add);
			this.rows.merge(member, rows, Long::sum);
		}

		/** @param value the group's value of the counted column, which counts when the group has rows */
		void addDifferent(String member, Object value, long rows) {
			this.rows.merge(member, rows, Long::sum);
			if (rows > 0) {
				Set<Object> values = this.different.computeIfAbsent(member, (m) -> new HashSet<>());
				if (value != null) {
					// as the store compares numbers: 1.0 = 1.00
					values.add((value instanceof BigDecimal number) ? number.stripTrailingZeros() : value);
				}
			}
		}

		private BigDecimal value(String member) {
			Set<Object> different = this.different.get(member);
			return (different != null) ? BigDecimal.valueOf(different.size())
					: this.sums.getOrDefault(member, BigDecimal.ZERO);
		}

		/**
		 * A single figure is 0 without rows; a monthly breakdown has all twelve months; other
		 * breakdowns have the members with rows.
		 */
		List<MetricValue> values(MetricFormula formula) {
			MetricFormula.Dimension dimension = formula.dimension();
			if (dimension == null) {
				return List.of(new MetricValue(formula.metricId(), "", "", value("")));
			}
			List<MetricValue> values = new ArrayList<>();
			if (dimension.isMonth()) {
				for (int month = 1; month <= 12; month++) {
					String member = dimension.member(month);
					values.add(new MetricValue(formula.metricId(), dimension.name(), member, value(member)));
				}
				return values;
			}
			this.rows.forEach((member, rows) -> {
				if (rows > 0) {
					values.add(new MetricValue(formula.metricId(), dimension.name(), member, value(member)));
				}
			});
			return values;
		}

	}

	private List<MetricValue> rates(List<MetricValue> values) {
		Map<String, BigDecimal> scalars = new HashMap<>();
		values.stream().filter((v) -> v.dimension().isEmpty()).forEach((v) -> scalars.put(v.metricId(), v.value()));
		List<MetricValue> rates = new ArrayList<>();
		for (MetricDefinition metric : this.catalogue.metrics()) {
			if (metric.isRate()) {
				String[] parts = metric.ratioParts();
				rates.add(new MetricValue(metric.id(), "", "", rate(scalars.get(parts[0]), scalars.get(parts[1]))));
			}
		}
		return rates;
	}

	/** A rate is undefined when its denominator is 0. */
	static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
		return (numerator == null || denominator == null || denominator.signum() == 0) ? null
				: numerator.divide(denominator, 6, RoundingMode.HALF_UP);
	}

}
