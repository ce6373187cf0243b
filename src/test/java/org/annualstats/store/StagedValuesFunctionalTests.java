package org.annualstats.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stages rows with binary COPY, H2 with JDBC batches: the same export gives the same
 * records and findings on both, value for value — text with quotes, commas, line breaks and Chinese,
 * empty fields, dates on both sides of 2000-01-01, the extremes of counts and money, and yes/no.
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class StagedValuesFunctionalTests {

	private static final String RECORDS = "SELECT case_no, category, opened_on, closed_on, district, employer, workers, "
			+ "migrant_workers, amount_recovered, published_major_violation, transferred_to_police, file_seq, row_no "
			+ "FROM case_record WHERE stat_year = 2020 ORDER BY case_no";

	@TempDir
	Path work;

	@Test
	void binaryCopyStagesWhatJdbcBatchesStage() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.write(input, 2020, "case", "cases.csv",
				"案件编号,案件类别,立案日期,结案日期,县区,用人单位,涉及人数,农民工人数,追回金额,是否公布重大违法行为,是否移送公安",
				"A-1,立案查处,2020-03-02,2021-02-25,\"东区, \"\"新\"\"城\",\"某某建筑\n劳务公司\",999999999,0,9999999999.99,是,否",
				"A-2,欠薪非立案,2020-01-01,,,,0,,0.01,,",
				"A-3,行政诉讼,2020-12-31,2020-12-31,Ω区,Ünïcødé Ltd,12,3,11.4万元,否,是",
				"A-4,其他执法,1999-12-31,,,,,,,,", "A-5,其他执法,1970-01-01,,,,,,,,");
		MinimalInputs.fillIn(input, 2020);
		List<List<Object>> h2;
		List<List<Object>> postgres;
		try (TestStore store = TestStore.h2(this.work.resolve("h2"))) {
			h2 = run(store, input, "out-h2");
		}
		try (TestStore store = TestStore.postgres(this.work.resolve("pg"))) {
			postgres = run(store, input, "out-pg");
		}
		assertThat(h2).hasSize(3);
		assertThat(postgres).containsExactlyElementsOf(h2);
		assertThat(postgres.get(0)).containsSubsequence("东区, \"新\"城", "某某建筑\n劳务公司", 999_999_999L, 0L,
				new BigDecimal("9999999999.99"), "true", "false");
		assertThat(postgres.get(2)).contains(new BigDecimal("114000").stripTrailingZeros());
		List<String> outOfPeriod = new ArrayList<>();
		for (String out : List.of("out-h2", "out-pg")) {
			Cli.csv(this.work.resolve(out).resolve("2020/reconciliation.csv"))
				.stream()
				.filter((finding) -> finding.toMap().containsValue("R3"))
				.forEach((finding) -> outOfPeriod.add(out + " " + String.join("|", finding.values())));
		}
		assertThat(outOfPeriod).hasSize(4)
			.anySatisfy((line) -> assertThat(line).startsWith("out-pg").contains("1999-12-31"))
			.anySatisfy((line) -> assertThat(line).startsWith("out-pg").contains("1970-01-01"));
	}

	private static List<List<Object>> run(TestStore store, Path input, String out) throws Exception {
		Path output = input.resolveSibling(out);
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output", output.toString()))
			.isEqualTo(ExitCode.PUBLISHED.code());
		List<List<Object>> records = new ArrayList<>();
		try (Connection connection = store.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(RECORDS)) {
			while (rows.next()) {
				List<Object> record = new ArrayList<>();
				for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
					Object value = rows.getObject(i);
					record.add((value instanceof BigDecimal number) ? number.stripTrailingZeros()
							: (value instanceof Number number && !(value instanceof BigDecimal)) ? number.longValue()
									: (value != null) ? value.toString() : null);
				}
				records.add(record);
			}
		}
		return records;
	}

}
