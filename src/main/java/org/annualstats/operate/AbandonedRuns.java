package org.annualstats.operate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.annualstats.report.WorkFolders;
import org.annualstats.store.SqlFiles;
import org.annualstats.store.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes what earlier runs of a year left behind and no one will resume: their staged rows and
 * their unpublished output folders ({@code .tmp-<year>-<run>}). A new run of the year makes every
 * earlier unfinished run unresumable, so it cleans up after them; a run still marked running is
 * left alone.
 */
@Component
class AbandonedRuns {

	private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final StagingRepository staging;

	private final SqlFiles sql = new SqlFiles(AbandonedRuns.class);

	AbandonedRuns(NamedParameterJdbcTemplate jdbc, StagingRepository staging) {
		this.jdbc = jdbc;
		this.staging = staging;
	}

	private record Abandoned(String runId, Path outputRoot) {
	}

	/** Cleans up after the runs of the year that started before {@code runId}. */
	void cleanBefore(RunParameters run) {
		List<Abandoned> abandoned = this.jdbc.query(this.sql.get("select-abandoned-runs.sql"),
				Map.of("year", run.year(), "run_id", run.runId()),
				(rs, i) -> new Abandoned(rs.getString("run_id"), Path.of(rs.getString("output_root"))));
		if (abandoned.isEmpty()) {
			return;
		}
		List<String> runIds = abandoned.stream().map(Abandoned::runId).toList();
		int tables = runIds.stream().mapToInt(this.staging::dropRunTables).sum();
		int folders = 0;
		for (Abandoned earlier : abandoned) {
			folders += WorkFolders.dropAbandoned(earlier.outputRoot(), run.year(), earlier.runId()) ? 1 : 0;
		}
		if (tables > 0 || folders > 0) {
			log.info("{}: removed {} staging tables and {} unpublished output folders left by earlier runs {}",
					run.year(), tables, folders, String.join(", ", runIds));
		}
	}

}
