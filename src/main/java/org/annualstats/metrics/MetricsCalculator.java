package org.annualstats.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.jobs.JobsFiles;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a run's figures: each area's SQL from {@code jobs/metrics/} runs in the database over
 * the year's records; rates are then divided from their catalogue numerator and denominator.
 */
@Service
public class MetricsCalculator {

	private final NamedParameterJdbcTemplate jdbc;

	private final JobsFiles jobs;

	private final MetricCatalogue catalogue;

	private final MetricRepository repository;

	public MetricsCalculator(NamedParameterJdbcTemplate jdbc, JobsFiles jobs, MetricCatalogue catalogue,
			MetricRepository repository) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.catalogue = catalogue;
		this.repository = repository;
	}

	@Transactional
	public List<MetricValue> compute(String runId, int year, LocalDate asOf) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("year", year).addValue("as_of", asOf);
		List<MetricValue> values = new ArrayList<>();
		for (String area : this.catalogue.areas()) {
			String file = "metrics/" + area + ".sql";
			try {
				query(file, params, values);
			}
			catch (DataAccessException ex) {
				throw new IllegalStateException("jobs/" + file + " failed: " + ex.getMostSpecificCause().getMessage(), ex);
			}
		}
		values.addAll(rates(values));
		this.repository.replace(runId, year, values);
		return values;
	}

	private void query(String file, MapSqlParameterSource params, List<MetricValue> values) {
		this.jdbc.query(this.jobs.text(file), params, (RowCallbackHandler) (rs) -> {
			String metricId = rs.getString("metric_id");
			try {
				this.catalogue.metric(metricId);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("jobs/" + file + ": " + ex.getMessage(), ex);
			}
			values.add(new MetricValue(metricId, rs.getString("dimension"), rs.getString("member"),
					rs.getBigDecimal("num_value")));
		});
	}

	private List<MetricValue> rates(List<MetricValue> values) {
		Map<String, BigDecimal> scalars = new HashMap<>();
		values.stream().filter((v) -> v.dimension().isEmpty()).forEach((v) -> scalars.put(v.metricId(), v.value()));
		List<MetricValue> rates = new ArrayList<>();
		for (MetricDefinition metric : this.catalogue.metrics()) {
			if (metric.isRate()) {
				String[] parts = metric.ratio().split("/");
				BigDecimal numerator = scalars.get(parts[0].trim());
				BigDecimal denominator = scalars.get(parts[1].trim());
				BigDecimal rate = (numerator == null || denominator == null || denominator.signum() == 0) ? null
						: numerator.divide(denominator, 6, RoundingMode.HALF_UP);
				rates.add(new MetricValue(metric.id(), "", "", rate));
			}
		}
		return rates;
	}

}
