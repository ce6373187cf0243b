package org.annualstats.metrics;

import java.sql.Types;
import java.util.Locale;

/** What a column of a source's rows holds, as far as filters, measures and breakdowns care. */
enum ColumnKind {

	DATE, NUMBER, BOOLEAN, TEXT, OTHER;

	static ColumnKind of(int sqlType) {
		return switch (sqlType) {
			case Types.DATE -> DATE;
			// PostgreSQL's driver reports boolean columns as BIT
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC, Types.REAL,
					Types.FLOAT, Types.DOUBLE -> NUMBER;
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> TEXT;
			default -> OTHER;
		};
	}

	String word() {
		return name().toLowerCase(Locale.ROOT);
	}

}
