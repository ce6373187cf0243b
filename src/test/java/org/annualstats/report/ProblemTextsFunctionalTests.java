package org.annualstats.report;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rejection reasons and finding messages of the 2020 samples in the run's language: Chinese by
 * default, English with {@code --locale en}; neither carries ids of fields or values, and values
 * from the input files (keys, raw values, file names) are kept verbatim.
 */
class ProblemTextsFunctionalTests {

	/** What identifiers and English words look like: opened_on, WAGE_FILED, expected. */
	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z_]{3,}");

	/** Identifiers in English text: snake_case field ids and enumeration constants. */
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z]+_[A-Za-z_]*");

	/** Chinese: Han characters, CJK punctuation and full-width forms (，、￥). */
	private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

	@TempDir
	static Path work;

	static Path chinese;

	static Path english;

	@BeforeAll
	static void runTheSamplesInBothLanguages() {
		TestStore store = TestStore.h2(work.resolve("data"));
		chinese = work.resolve("zh");
		english = work.resolve("en");
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", "input-samples", "--output", chinese.toString()))
			.isZero();
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", "input-samples", "--output", english.toString(),
				"--locale", "en"))
			.isZero();
	}

	@Test
	void rejectionReasonsInChineseByDefault() throws Exception {
		assertRejects(chinese, ProblemTextsFunctionalTests::assertChinese, "立案日期不是真实的日期：2020 年 2 月没有 30 日", "追回金额不能为负数",
				"案件类别应为 欠薪立案、欠薪非立案、行政诉讼、其他执法 之一，或同义词表中登记的其他写法", "农民工人数不是整数，应写作 21 这样的整数",
				"结案日期 2020-05-03 早于立案日期 2020-05-10", "核查日期 2020-07-01 早于承诺日期 2020-07-15", "证明事项编码为必填项，不能为空",
				"办结日期 2020-05-08 早于受理日期 2020-05-12", "办件编号为必填项，不能为空",
				"申请方式应为 网上、窗口、自助、邮寄 之一，或同义词表中登记的其他写法");
	}

	@Test
	void rejectionReasonsInEnglish() throws Exception {
		assertRejects(english, ProblemTextsFunctionalTests::assertEnglish,
				"Date opened is not a real date: month 2 of 2020 has no day 30", "Amount recovered must not be negative",
				"Case category must be one of Wage arrears case filed, Wage arrears resolved without filing, "
						+ "Administrative litigation, Other enforcement, or a synonym listed in jobs/sources/enums.csv",
				"Migrant workers involved is not a whole number such as 21",
				"Date closed 2020-05-03 is before Date opened 2020-05-10",
				"Date verified 2020-07-01 is before Date committed 2020-07-15", "Certificate code is required but empty",
				"Date completed 2020-05-08 is before Date applied 2020-05-12", "Application number is required but empty",
				"Channel must be one of Online, At the counter, Self-service, By mail, "
						+ "or a synonym listed in jobs/sources/enums.csv");
	}

	@Test
	void findingMessagesInChineseByDefault() throws Exception {
		assertFindings(chinese, ProblemTextsFunctionalTests::assertChinese,
				"编号 ZJ2019-0298 的立案日期为 2019-12-20，不在 2020 年度内，未计入本年数字");
	}

	@Test
	void findingMessagesInEnglish() throws Exception {
		assertFindings(english, ProblemTextsFunctionalTests::assertEnglish,
				"Date opened of ZJ2019-0298 is 2019-12-20, outside 2020; not counted in this year's figures");
	}

	private static void assertRejects(Path out, Consumer<String> language, String... reasons) throws Exception {
		List<CSVRecord> rejects = Cli.csv(out.resolve("2020/rejects.csv"));
		assertThat(rejects).extracting((r) -> r.get("reason")).containsExactly(reasons);
		assertThat(rejects).allSatisfy((r) -> language.accept(withoutInput(r.get("reason"), r.get("value"), r.get("file"))));
	}

	/** Every finding in the language, and the out-of-period one of case ZJ2019-0298 as given. */
	private static void assertFindings(Path out, Consumer<String> language, String outOfPeriod) throws Exception {
		List<CSVRecord> findings = Cli.csv(out.resolve("2020/reconciliation.csv"));
		assertThat(findings).hasSize(296);
		assertThat(findings).allSatisfy((f) -> language.accept(withoutInput(f.get("message"), f.get("key"))));
		assertThat(findings).filteredOn((f) -> f.get("key").equals("ZJ2019-0298"))
			.singleElement()
			.extracting((f) -> f.get("message"))
			.isEqualTo(outOfPeriod);
	}

	private static void assertChinese(String text) {
		assertThat(text).containsPattern(CHINESE).doesNotContainPattern(LATIN_WORD);
	}

	private static void assertEnglish(String text) {
		assertThat(text).doesNotContainPattern(CHINESE).doesNotContainPattern(IDENTIFIER);
	}

	/** The text without what was copied from the input, which stays as the input had it. */
	private static String withoutInput(String text, String... inputValues) {
		for (String value : inputValues) {
			if (!value.isEmpty()) {
				text = text.replace(value, "");
			}
		}
		return text;
	}

}
