package org.annualstats.metrics;

import java.util.List;
import java.util.Map;

import org.annualstats.store.SqlFiles;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/** The figures of every run, kept so that reruns can be compared. */
@Repository
public class MetricRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(MetricRepository.class);

	public MetricRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(String runId, int year, List<MetricValue> values) {
		this.jdbc.update(this.sql.get("delete-run-values.sql"), Map.of("run_id", runId));
		SqlParameterSource[] rows = values.stream()
			.map((v) -> new MapSqlParameterSource().addValue("run_id", runId)
				.addValue("year", year)
				.addValue("metric_id", v.metricId())
				.addValue("dimension", v.dimension())
				.addValue("member", v.member())
				.addValue("num_value", v.value(), java.sql.Types.DECIMAL))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(this.sql.get("insert-value.sql"), rows);
	}

	public List<MetricValue> values(String runId) {
		return this.jdbc.query(this.sql.get("select-run-values.sql"), Map.of("run_id", runId),
				(rs, i) -> new MetricValue(rs.getString("metric_id"), rs.getString("dimension"),
						rs.getString("member"), rs.getBigDecimal("num_value")));
	}

}
