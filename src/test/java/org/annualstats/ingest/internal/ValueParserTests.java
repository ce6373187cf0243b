package org.annualstats.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueParserTests {

	private static final LocalDate MARCH_5 = LocalDate.of(2020, 3, 5);

	@ParameterizedTest
	@ValueSource(strings = { "2020-03-05", "2020/3/5", "2020.3.5", "20200305", "2020年3月5日", "2020-03-05 14:30",
			"2020/3/5 14:30:00", "2020年3月5日 14:30", "2020-03-05T14:30", " 2020-03-05 ", "２０２０－０３－０５" })
	void readsEveryDateSpelling(String spelling) {
		assertThat(ValueParser.parseDate(spelling)).isEqualTo(MARCH_5);
	}

	@Test
	void readsExcelDateSerialsFromNumericCells() {
		// 43895 is 2020-03-05 in Excel's 1900 date system; a fraction is the time of day
		assertThat(ValueParser.parseDate("43895")).isEqualTo(MARCH_5);
		assertThat(ValueParser.parseDate("43895.6041666667")).isEqualTo(MARCH_5);
	}

	@Test
	void rejectsImpossibleDatesSayingWhy() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate("2020-02-30"))
			.withMessage("no_such_day")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2020", "2", "30"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate("2020-13-01"))
			.withMessage("no_such_month")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("13"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "3/5/2020", "下周三", "2020-3", "abc" })
	void rejectsWhatIsNotADate(String spelling) {
		assertThatThrownBy(() -> ValueParser.parseDate(spelling)).isInstanceOf(InvalidValueException.class)
			.hasMessage("date_format");
	}

	@ParameterizedTest
	@ValueSource(strings = { "是", "有", "Y", "y", "yes", "YES", "true", "True", "1", "√" })
	void readsTrueSpellings(String spelling) {
		assertThat(ValueParser.parseBool(spelling)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "否", "无", "N", "no", "false", "0", "×", "", "  " })
	void readsFalseSpellingsAndBlankAsFalse(String spelling) {
		assertThat(ValueParser.parseBool(spelling)).isFalse();
	}

	@Test
	void rejectsUnknownBooleans() {
		assertThatThrownBy(() -> ValueParser.parseBool("可能")).hasMessage("bool_format");
	}

	@Test
	void readsMoneyExactlyInYuan() {
		assertThat(ValueParser.parseMoney("114000", false)).isEqualByComparingTo("114000");
		assertThat(ValueParser.parseMoney("¥1,234.56", false)).isEqualByComparingTo("1234.56");
		assertThat(ValueParser.parseMoney("￥1,234.56", false)).isEqualByComparingTo("1234.56");
		assertThat(ValueParser.parseMoney("0.1", false)).isEqualByComparingTo(new BigDecimal("0.1"));
	}

	@Test
	void convertsTenThousandsOfYuanWithoutBinaryRounding() {
		// 3678.04万元 is exactly 36,780,400元; 0.0001万元 is 1元
		assertThat(ValueParser.parseMoney("3678.04", true)).isEqualByComparingTo("36780400");
		assertThat(ValueParser.parseMoney("12.3457", true)).isEqualByComparingTo("123457");
		assertThat(ValueParser.parseMoney("1,000.0001", true)).isEqualByComparingTo("10000001");
	}

	@Test
	void rejectsNegativeAndMalformedAmounts() {
		assertThatThrownBy(() -> ValueParser.parseMoney("-500", false)).hasMessage("negative");
		for (String bad : new String[] { "1e309", "NaN", "--5", "Infinity", "12元5", "三千" }) {
			assertThatThrownBy(() -> ValueParser.parseMoney(bad, false)).as(bad)
				.isInstanceOf(InvalidValueException.class)
				.hasMessage("amount_format");
		}
	}

	@Test
	void readsCountsAsNonNegativeWholeNumbers() {
		assertThat(ValueParser.parseCount("21")).isEqualTo(21);
		assertThat(ValueParser.parseCount("1,200")).isEqualTo(1200);
		assertThat(ValueParser.parseCount("21.0")).isEqualTo(21);
		assertThatThrownBy(() -> ValueParser.parseCount("-3")).hasMessage("negative");
		assertThatThrownBy(() -> ValueParser.parseCount("2.5")).hasMessage("count_format");
		assertThatThrownBy(() -> ValueParser.parseCount("三人")).hasMessage("count_format");
	}

}
