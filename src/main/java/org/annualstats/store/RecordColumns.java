package org.annualstats.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annualstats.ingest.FieldSpec;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.ingest.SourceSpec;
import org.annualstats.jobs.JobsFiles;
import org.apache.commons.csv.CSVRecord;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

/**
 * Checks when the application starts that every field of {@code jobs/sources/fields.csv} has its
 * column in its source's staging and record tables: a field added there without a migration would
 * otherwise fail a run halfway through loading.
 */
@Component
class RecordColumns {

	private static final String FIELDS = "sources/fields.csv";

	RecordColumns(JdbcTemplate jdbc, JobsFiles jobs, SourceCatalog sources) {
		Map<String, Set<String>> tables = new HashMap<>();
		for (CSVRecord row : jobs.csv(FIELDS, (row) -> row)) {
			SourceSpec source = sources.source(row.get("source"));
			FieldSpec field = source.fields()
				.stream()
				.filter((f) -> f.name().equals(row.get("field")))
				.findFirst()
				.orElseThrow();
			String where = "jobs/" + FIELDS + " line " + (row.getRecordNumber() + 1) + ": ";
			for (String table : List.of("stage_{source}", "{source}_record")) {
				String name = SqlTemplate.of(table).identifier("source", source.id()).render();
				Set<String> columns = tables.computeIfAbsent(name, (t) -> columns(jdbc, t, where));
				for (String column : SourceSpec.columns(field)) {
					if (!columns.contains(column)) {
						throw new IllegalStateException(where + "field '" + field.name() + "' of source '" + source.id()
								+ "' has no column " + column + " in table " + name
								+ "; a new field needs a migration adding it to the source's staging and record "
								+ "tables");
					}
				}
			}
		}
	}

	private static Set<String> columns(JdbcTemplate jdbc, String table, String where) {
		try {
			return jdbc.query(SqlTemplate.of("SELECT * FROM {table} WHERE 1 = 0").identifier("table", table).render(),
					(ResultSetExtractor<Set<String>>) (rs) -> {
						Set<String> names = new TreeSet<>();
						for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
							names.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
						}
						return names;
					});
		}
		catch (DataAccessException ex) {
			throw new IllegalStateException(where + "the store has no table " + table);
		}
	}

}
