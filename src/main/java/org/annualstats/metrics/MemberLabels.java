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
 * ({@code jobs/metrics/member-labels.sql}) and the label of an enumeration value in the run's
 * language ({@code jobs/sources/enums.csv}), e.g. UPHELD → 维持 / Upheld.
 */
@Component
public class MemberLabels {

	private final NamedParameterJdbcTemplate jdbc;

	private final JobsFiles jobs;

	private final SourceCatalog sources;

	private final boolean english;

	public MemberLabels(NamedParameterJdbcTemplate jdbc, JobsFiles jobs, SourceCatalog sources,
			@Value("${annualstats.locale:zh}") Locale locale) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.sources = sources;
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	/** Labels keyed {@code metric_id|member}; members without one are absent. */
	public Map<String, String> labels(int year) {
		Map<String, String> labels = new HashMap<>();
		this.jdbc.query(this.jobs.text("metrics/member-labels.sql"), Map.of("year", year),
				(RowCallbackHandler) (rs) -> labels.put(rs.getString("metric_id") + "|" + rs.getString("member"),
						rs.getString("label")));
		this.sources.enumValues("decision")
			.forEach((value) -> labels.put("review.by_decision|" + value,
					this.sources.enumLabel("decision", value, this.english)));
		return labels;
	}

}
