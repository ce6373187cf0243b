package org.annualstats.metrics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.jobs.JobsFiles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names readers understand for breakdown members: certificate and service item names
 * ({@code jobs/metrics/member-labels.sql}) and, for breakdowns by an enumerated field, the label of
 * its value in the run's language ({@code jobs/sources/enums.csv}), e.g. UPHELD → 维持 / Upheld.
 */
@Component
public class MemberLabels {

	private final NamedParameterJdbcTemplate jdbc;

	private final JobsFiles jobs;

	private final SourceCatalog sources;

	private final MetricFormulas formulas;

	private final boolean english;

	public MemberLabels(NamedParameterJdbcTemplate jdbc, JobsFiles jobs, SourceCatalog sources,
			MetricFormulas formulas, @Value("${annualstats.locale:zh}") Locale locale) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.sources = sources;
		this.formulas = formulas;
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/** Labels keyed {@code metric_id|member}; members without one are absent. */
	public Map<String, String> labels(int year) {
		return labels(year, this.english);
	}

	/** The labels in the given language, which may differ from this process's (a released workbook's). */
	public Map<String, String> labels(int year, boolean english) {
		Map<String, String> labels = new HashMap<>();
		this.jdbc.query(this.jobs.text("metrics/member-labels.sql"), Map.of("year", year),
				(RowCallbackHandler) (rs) -> labels.put(rs.getString("metric_id") + "|" + rs.getString("member"),
						rs.getString("label")));
		for (MetricFormula formula : this.formulas.formulas()) {
			String enumName = (formula.dimension() != null) ? formula.dimension().column().enumName() : null;
			if (enumName != null) {
				this.sources.enumValues(enumName)
					.forEach((value) -> labels.put(formula.metricId() + "|" + value,
							this.sources.enumLabel(enumName, value, english)));
			}
		}
		return labels;
	}

}
