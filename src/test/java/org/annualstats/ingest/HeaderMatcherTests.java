package org.annualstats.ingest;

import java.nio.file.Path;
import java.util.List;

import org.annualstats.jobs.JobsFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMatcherTests {

	static final SourceCatalog CATALOG = new SourceCatalog(new JobsFiles(Path.of("jobs")));

	@Test
	void matchesAliasesAfterTrimmingWhiteSpaceWidthAndCase() {
		HeaderMatcher.Header header = new HeaderMatcher(CATALOG.source("case"))
			.match(List.of(" 案 号 ", "ＣＡＴＥＧＯＲＹ", "立案日期\n", "Closed_On"));
		assertThat(header.columns()).containsOnlyKeys("case_no", "category", "opened_on", "closed_on");
		assertThat(header.hasAllRequired(CATALOG.source("case"))).isTrue();
	}

	@Test
	void splitsTheUnitOffMoneyAndDayCountHeaders() {
		HeaderMatcher.Header money = new HeaderMatcher(CATALOG.source("case"))
			.match(List.of("追回金额（万元）", "追发工资金额(元)"));
		assertThat(money.columns().get("amount_recovered").unit()).isEqualTo("万元");
		HeaderMatcher.Header days = new HeaderMatcher(CATALOG.source("permit")).match(List.of("承诺时限(天)"));
		assertThat(days.columns().get("promised_days").unit()).isEqualTo("天");
	}

	@Test
	void neverMatchesBySubstring() {
		// 原行政行为案件编号 contains the review_no alias 案件编号 but is the case_no field of a review
		HeaderMatcher.Header header = new HeaderMatcher(CATALOG.source("review"))
			.match(List.of("复议案号", "原行政行为案件编号", "案件编号备注"));
		assertThat(header.columns().get("review_no").index()).isZero();
		assertThat(header.columns().get("case_no").index()).isEqualTo(1);
		assertThat(header.unknown()).containsExactly("案件编号备注");
	}

	@Test
	void aSecondColumnOfAFieldIsKeptApartNotTakenAsUnknown() {
		HeaderMatcher.Header header = new HeaderMatcher(CATALOG.source("case")).match(List.of("案号", "结案日期", "办结日期"));
		assertThat(header.columns().get("closed_on").index()).isEqualTo(1);
		assertThat(header.repeated()).extracting(HeaderMatcher.Column::index).containsExactly(2);
		assertThat(header.unknown()).isEmpty();
	}

	@Test
	void aUnitOnANonMoneyHeaderIsNotSplitOff() {
		HeaderMatcher.Header header = new HeaderMatcher(CATALOG.source("case")).match(List.of("案号(元)"));
		assertThat(header.columns()).isEmpty();
		assertThat(header.unknown()).containsExactly("案号(元)");
	}

}
