package org.annualstats.edition;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.annualstats.store.SqlFiles;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The record of every released edition. */
@Repository
class EditionRepository {

	private final NamedParameterJdbcTemplate jdbc;

	private final SqlFiles sql = new SqlFiles(EditionRepository.class);

	EditionRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's editions, first to latest. */
	List<Edition> editions(int year) {
		return this.jdbc.query(this.sql.get("select-editions.sql"), Map.of("year", year),
				(rs, i) -> new Edition(rs.getInt("stat_year"), rs.getInt("edition_no"), rs.getString("run_id"),
						rs.getString("released_by"), rs.getObject("released_at", LocalDateTime.class),
						rs.getObject("replaces_no", Integer.class), rs.getString("folder")));
	}

	void insert(Edition edition) {
		this.jdbc.update(this.sql.get("insert-edition.sql"),
				new MapSqlParameterSource().addValue("year", edition.year())
					.addValue("number", edition.number())
					.addValue("run_id", edition.runId())
					.addValue("released_by", edition.releasedBy())
					.addValue("released_at", Timestamp.valueOf(edition.releasedAt()))
					.addValue("replaces", edition.replaces(), Types.INTEGER)
					.addValue("folder", edition.folder()));
	}

}
