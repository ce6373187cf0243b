package org.annualstats.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.annualstats.ingest.Problem;
import org.annualstats.ingest.RejectedRow;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.reconcile.Finding;
import org.annualstats.reconcile.ReconciliationChecks;
import org.annualstats.reconcile.Severity;
import org.annualstats.support.MigratedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every stored reason and finding message in words, Chinese and English. */
class ProblemTextsTests {

	private static final JobsFiles JOBS = new JobsFiles(Path.of("jobs"));

	private static final SourceCatalog CATALOG = new SourceCatalog(JOBS);

	private static final ReconciliationChecks CHECKS = new ReconciliationChecks(JOBS, MigratedStore.h2());

	private static final ProblemTexts CHINESE = new ProblemTexts(CATALOG, CHECKS, Locale.CHINESE);

	private static final ProblemTexts ENGLISH = new ProblemTexts(CATALOG, CHECKS, Locale.ENGLISH);

	static Stream<Arguments> reasons() {
		return Stream.of(arguments("case", "case_no", "required", "案件编号为必填项，不能为空", "Case number is required but empty"),
				arguments("review", "accepted_on", "required_when|acceptance|ACCEPTED", "受理情况为“受理”时，受理日期不能为空",
						"Date accepted is required when Acceptance is “Accepted”, but empty"),
				arguments("permit", "completed_on", "not_before|2020-05-08|applied_on|2020-05-12",
						"办结日期 2020-05-08 早于受理日期 2020-05-12", "Date completed 2020-05-08 is before Date applied 2020-05-12"),
				arguments("case", "opened_on", "date_format",
						"立案日期不是可识别的日期，应写作 2020-03-05、2020/3/5、2020.3.5、20200305 或 2020年3月5日",
						"Date opened is not a date; expected e.g. 2020-03-05, 2020/3/5, 2020.3.5 or 20200305"),
				arguments("case", "opened_on", "no_such_month|13", "立案日期不是真实的日期：没有 13 月",
						"Date opened is not a real date: there is no month 13"),
				arguments("case", "opened_on", "no_such_day|2021|2|29", "立案日期不是真实的日期：2021 年 2 月没有 29 日",
						"Date opened is not a real date: month 2 of 2021 has no day 29"),
				arguments("case", "closed_on", "no_such_time|25:61", "结案日期不是真实的时间：没有 25:61 这个时刻",
						"Date closed is not a real time of day: there is no 25:61"),
				arguments("case", "opened_on", "date_out_of_range|1900-01-01|9999-12-31",
						"立案日期超出允许范围：应在 1900-01-01 至 9999-12-31 之间",
						"Date opened is out of range: expected a date from 1900-01-01 to 9999-12-31"),
				arguments("review", "extended", "bool_format", "是否延期应为 是/否、有/无、Y/N、1/0 或 √/×",
						"Extended is not yes or no; expected e.g. yes/no, Y/N, true/false, 1/0 or √/×"),
				arguments("case", "workers", "negative", "涉及人数不能为负数", "Workers involved must not be negative"),
				arguments("case", "amount_recovered", "amount_format", "追回金额不是金额，应写作 1234.56 或 ￥1,234.56 这样的金额",
						"Amount recovered is not an amount; expected e.g. 1234.56 or ¥1,234.56"),
				arguments("permit", "promised_days", "count_format", "承诺时限不是整数，应写作 21 这样的整数",
						"Promised time limit is not a whole number such as 21"),
				arguments("case", "workers", "thousands_separator",
						"涉及人数的逗号不是千位分隔符：千位分隔符应三位一组，如 1,234 或 1,234,567.89",
						"Workers involved has a comma that is not a thousands separator; they group three digits, "
								+ "as in 1,234 or 1,234,567.89"),
				arguments("case", "amount_recovered", "amount_out_of_range|9,999,999,999.99",
						"追回金额超出允许范围：应在 0 至 9,999,999,999.99 元之间",
						"Amount recovered is out of range: expected an amount from 0 to 9,999,999,999.99 yuan"),
				arguments("permit", "promised_days", "count_out_of_range|999,999,999",
						"承诺时限超出允许范围：应为 0 至 999,999,999 的整数",
						"Promised time limit is out of range: expected a whole number from 0 to 999,999,999"),
				arguments("case", "employer", "text_nul", "用人单位含有空字符（文本字段中有二进制内容）",
						"Employer contains NUL characters (binary content in a text field)"),
				arguments("permit", "item_name", "text_too_long|200|1000", "事项名称超过 200 个字符（本值 1000 个字符）",
						"Item name is longer than 200 characters (1000 characters)"),
				arguments("permit", "channel", "not_in_enum|channel", "申请方式应为 网上、窗口、自助、邮寄 之一，或同义词表中登记的其他写法",
						"Channel must be one of Online, At the counter, Self-service, By mail, "
								+ "or a synonym listed in jobs/sources/enums.csv"));
	}

	@ParameterizedTest
	@MethodSource("reasons")
	void reasonsNameFieldsAndValuesByTheirLabels(String source, String field, String stored, String chinese,
			String english) {
		RejectedRow row = new RejectedRow(source, "2020/" + source + "/a.csv", null, 2, field, "x", stored, null,
				null, null);
		assertThat(CHINESE.reason(row)).isEqualTo(chinese);
		assertThat(ENGLISH.reason(row)).isEqualTo(english);
	}

	static Stream<Arguments> findings() {
		return Stream.of(
				arguments("R1", "permit", "BJ1", "duplicate_identical|2", "编号 BJ1 出现 2 次，内容一致，按一条记录计",
						"BJ1 appears 2 times with the same content; counted as one record"),
				arguments("R2", "permit", "BJ2", "duplicate_conflicting|3|2", "编号 BJ2 出现 3 次，有 2 个不同版本，采用文件名排序最后的文件中的记录",
						"BJ2 appears 3 times in 2 different versions; the record from the file whose name sorts last is used"),
				arguments("R3", "case", "ZJ1", "out_of_period|opened_on|2019-12-20|2020",
						"编号 ZJ1 的立案日期为 2019-12-20，不在 2020 年度内，未计入本年数字",
						"Date opened of ZJ1 is 2019-12-20, outside 2020; not counted in this year's figures"),
				arguments("R4", "commitment", "K|1", "commitment_without_permit|P\\|1\\\\2",
						"告知承诺 K|1 关联的办件 P|1\\2 在本年及上年的审批记录中不存在",
						"Commitment K|1 refers to application P|1\\2, which is in neither this year's nor last year's permit records"),
				arguments("R5", "permit", "P3", "permit_without_commitment", "办件 P3 标记为告知承诺，但没有告知承诺记录引用它",
						"Application P3 is marked as a notification-commitment case, but no commitment record refers to it"),
				arguments("R6", "review", "F2", "review_case_missing|C404", "复议 F2 关联的原行政行为案件 C404 在案件记录中不存在",
						"Reconsideration F2 refers to original case C404, which is not among the case records"),
				arguments("R7", "case", "C3", "case_review_missing|F404", "案件 C3 关联的复议案 F404 在复议记录中不存在",
						"Case C3 refers to reconsideration F404, which is not among the reconsideration records"),
				arguments("R8", "case", "2020/case/a.csv#23:workers", "totals_differ|2020/case/a.csv|23|workers|25|20",
						"2020/case/a.csv 第 23 行合计的涉及人数为 25，明细之和为 20",
						"Totals row 23 of 2020/case/a.csv gives Workers involved as 25; its rows add up to 20"),
				arguments("R8", "case", "2020/case/a.csv#23:workers",
						"totals_differ_after_rejects|2020/case/a.csv|23|workers|25|20",
						"2020/case/a.csv 第 23 行合计的涉及人数为 25，明细之和为 20（该文件有被拒绝的行）",
						"Totals row 23 of 2020/case/a.csv gives Workers involved as 25; its rows add up to 20 "
								+ "(the file has rejected rows)"),
				arguments("R9", "commitment", "K2", "certificate_not_in_catalogue|ZM-XX-999|2020",
						"告知承诺 K2 的证明事项编码 ZM-XX-999 不在 2020 年证明事项目录中",
						"Commitment K2: certificate code ZM-XX-999 is not in the 2020 certificate catalogue"),
				arguments("R10", "review", "2020/review", "source_missing|review", "文件夹 2020/review/ 不存在或没有导出文件（行政复议）",
						"Folder 2020/review/ is missing or holds no export files (Administrative reconsideration)"),
				arguments("R11", "commitment", "commitment.cases",
						"change_unexplained|告知承诺制办件|Certificate notification-commitment cases|200|1600|+700.0%|in/2020/explanations.csv",
						"告知承诺制办件由上年200变为1600（+700.0%），变化超过说明阈值，尚无原因说明；请在 in/2020/explanations.csv 中写明原因",
						"Certificate notification-commitment cases went from 200 to 1600 (+700.0%), beyond the threshold for"
								+ " an explanation, and none is recorded; write the reason in in/2020/explanations.csv"),
				arguments("R11", "review", "review.received",
						"explanation_not_needed|收到行政复议申请|Reconsideration applications received|in/2020/explanations.csv|3",
						"收到行政复议申请的变化未超过说明阈值，in/2020/explanations.csv 第 3 行的说明未使用",
						"Reconsideration applications received did not change beyond the threshold: the explanation on line 3"
								+ " of in/2020/explanations.csv is not used"),
				arguments("R11", "reference", "no.such.metric", "explanation_unknown_metric|in/2020/explanations.csv|4",
						"in/2020/explanations.csv 第 4 行说明的指标 no.such.metric 不存在",
						"the explanation on line 4 of in/2020/explanations.csv is for no.such.metric, which is not a metric"));
	}

	@ParameterizedTest
	@MethodSource("findings")
	void findingMessagesKeepValuesFromTheInputVerbatim(String check, String source, String key, String stored,
			String chinese, String english) {
		Finding finding = new Finding(check, Severity.WARNING, source, key, stored);
		assertThat(CHINESE.message(finding)).isEqualTo(chinese);
		assertThat(ENGLISH.message(finding)).isEqualTo(english);
	}

	@Test
	void everyCodeIsWordedInBothLanguagesAndTestedAbove() throws IOException {
		Set<String> reasons = codes(reasons().map((a) -> a.get()[2]));
		assertThat(bundle("problems.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(reasons);
		assertThat(bundle("problems_en.properties").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(reasons);
		Set<String> messages = codes(findings().map((a) -> a.get()[3]));
		assertThat(CHECKS.patterns(false).keySet()).containsExactlyInAnyOrderElementsOf(messages);
		assertThat(CHECKS.patterns(true).keySet()).containsExactlyInAnyOrderElementsOf(messages);
	}

	private static Set<String> codes(Stream<Object> stored) {
		return stored.map((text) -> Problem.parse((String) text).code()).collect(Collectors.toSet());
	}

	@Test
	void checksByTheirNames() {
		assertThat(CHINESE.check("R9")).isEqualTo("证明事项不在目录中");
		assertThat(ENGLISH.check("R9")).isEqualTo("Certificate not in the catalogue");
		// a finding of an older run, of a check no longer declared
		assertThat(CHINESE.check("R99")).isEqualTo("R99");
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Problem.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void fieldsByTheirLabels() {
		RejectedRow row = new RejectedRow("case", "2020/case/a.csv", null, 45, "opened_on", "2020-02-30",
				"no_such_day|2020|2|30", null, null, null);
		assertThat(CHINESE.field(row)).isEqualTo("立案日期");
		assertThat(ENGLISH.field(row)).isEqualTo("Date opened");
	}

	@Test
	void aReasonStoredBeforeReasonsWereCodedIsShownAsItIs() {
		RejectedRow row = new RejectedRow("case", "2020/case/a.csv", null, 3, "case_no", "", "required field is empty",
				null, null, null);
		assertThat(CHINESE.reason(row)).isEqualTo("required field is empty");
	}

}
