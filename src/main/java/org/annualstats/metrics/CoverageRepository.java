package org.annualstats.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.annualstats.store.SqlFiles;
import org.annualstats.store.SqlTemplate;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads, per source, which months of a year and of the year before have records. */
@Repository
public class CoverageRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final SourceCatalog sources;

	private final SqlFiles sql = new SqlFiles(CoverageRepository.class);

	public CoverageRepository(NamedParameterJdbcTemplate jdbc, SourceCatalog sources) {
		this.jdbc = jdbc;
		this.sources = sources;
	}

	public Map<String, Coverage> coverage(int year) {
		Map<String, Coverage> coverage = new HashMap<>();
		for (SourceSpec source : this.sources.sources()) {
			Set<Integer> months = new TreeSet<>();
			Set<Integer> previousMonths = new TreeSet<>();
			long[] records = new long[2];
			String query = SqlTemplate.of(this.sql.get("months-with-records.sql"))
				.identifier("source", source.id())
				.identifier("date", source.dateField())
				.render();
			this.jdbc.query(query, Map.of("year", year), (RowCallbackHandler) (rs) -> {
				boolean current = rs.getInt("stat_year") == year;
				(current ? months : previousMonths).add(rs.getInt("month_no"));
				records[current ? 0 : 1] += rs.getLong("records");
			});
			coverage.put(source.id(), new Coverage(year, months, records[0], previousMonths, records[1]));
		}
		return coverage;
	}

}
