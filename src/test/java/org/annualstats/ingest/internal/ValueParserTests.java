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

	private static final long MAX_COUNT = 999_999_999L;

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	@ParameterizedTest
	@ValueSource(strings = { "2020-03-05", "2020/3/5", "2020.3.5", "20200305", "2020年3月5日", "2020-03-05 14:30",
			"2020/3/5 14:30:00", "2020年3月5日 14:30", "2020-03-05T14:30", " 2020-03-05 ", "２０２０－０３－０５" })
	void readsEveryDateSpelling(String spelling) {
		assertThat(ValueParser.parseDate(spelling, false)).isEqualTo(MARCH_5);
	}

	@Test
	void readsExcelDateSerialsFromNumericCells() {
		// 43895 is 2020-03-05 in Excel's 1900 date system; a fraction is the time of day
		assertThat(ValueParser.parseDate("43895", false)).isEqualTo(MARCH_5);
		assertThat(ValueParser.parseDate("43895.6041666667", false)).isEqualTo(MARCH_5);
	}

	@Test
	void readsSerialsOfThe1904DateSystemFromItsOwnDayZero() {
		// 1,462 days lie between the two systems' day 0
		assertThat(ValueParser.parseDate("42433", true)).isEqualTo(MARCH_5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-03-05 99:99", "2020-03-05 24:00", "2020/3/5 14:60", "2020-03-05T14:30:61",
			"2020年3月5日 25:00" })
	void rejectsTimesOfDayThatCannotBe(String spelling) {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate(spelling, false))
			.withMessage("no_such_time")
			.satisfies((ex) -> assertThat(spelling).endsWith(ex.arguments().get(0)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-03-05", "1899-12-31", "00010101" })
	void rejectsDatesBeforeTheFirstDateOfTheStore(String spelling) {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate(spelling, false))
			.withMessage("date_out_of_range")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("1900-01-01", "9999-12-31"));
		assertThat(ValueParser.parseDate("1900-01-01", false)).isEqualTo(ValueParser.MIN_DATE);
		assertThat(ValueParser.parseDate("9999-12-31", false)).isEqualTo(ValueParser.MAX_DATE);
	}

	@Test
	void rejectsImpossibleDatesSayingWhy() {
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate("2020-02-30", false))
			.withMessage("no_such_day")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("2020", "2", "30"));
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> ValueParser.parseDate("2020-13-01", false))
			.withMessage("no_such_month")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("13"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "3/5/2020", "下周三", "2020-3", "abc" })
	void rejectsWhatIsNotADate(String spelling) {
		assertThatThrownBy(() -> ValueParser.parseDate(spelling, false)).isInstanceOf(InvalidValueException.class)
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
		assertThat(money("114000", false)).isEqualByComparingTo("114000");
		assertThat(money("¥1,234.56", false)).isEqualByComparingTo("1234.56");
		assertThat(money("￥1,234.56", false)).isEqualByComparingTo("1234.56");
		assertThat(money("￥ 1,234,567.89 元", false)).isEqualByComparingTo("1234567.89");
		assertThat(money("0.1", false)).isEqualByComparingTo(new BigDecimal("0.1"));
		assertThat(money("-0", false)).isEqualByComparingTo("0");
		assertThat(money("-0.00", true)).isEqualByComparingTo("0");
	}

	@Test
	void theUnitOfTheValueWinsOverTheUnitOfTheHeader() {
		assertThat(money("5元", true)).isEqualByComparingTo("5");
		assertThat(money("5万元", false)).isEqualByComparingTo("50000");
	}

	/** A comma is a thousands separator between groups of three digits, or a mistake; never guessed at. */
	@ParameterizedTest
	@ValueSource(strings = { "1.234,5", "1,2,3,4", "2,,,0", "1,5", "12,34", "1,234,5", "1,2345", ",123", "0,123",
			"1,234.5,6" })
	void rejectsCommasThatAreNotThousandsSeparators(String spelling) {
		assertThatThrownBy(() -> money(spelling, false)).hasMessage("thousands_separator");
		assertThatThrownBy(() -> ValueParser.parseCount(spelling, MAX_COUNT)).hasMessage("thousands_separator");
	}

	@Test
	void rejectsAmountsBeyondTheRangeSayingIt() {
		assertThat(money("9,999,999,999.99", false)).isEqualByComparingTo("9999999999.99");
		assertThat(money("999999.999999", true)).isEqualByComparingTo("9999999999.99");
		assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> money("10000000000000", true))
			.withMessage("amount_out_of_range")
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("9,999,999,999.99"));
		assertThatThrownBy(() -> money("9999999999.991", false)).hasMessage("amount_out_of_range");
	}

	@Test
	void convertsTenThousandsOfYuanWithoutBinaryRounding() {
		// 3678.04万元 is exactly 36,780,400元; 0.0001万元 is 1元
		assertThat(money("3678.04", true)).isEqualByComparingTo("36780400");
		assertThat(money("12.3457", true)).isEqualByComparingTo("123457");
		assertThat(money("1,000.0001", true)).isEqualByComparingTo("10000001");
	}

	@Test
	void rejectsNegativeAndMalformedAmounts() {
		assertThatThrownBy(() -> money("-500", false)).hasMessage("negative");
		assertThatThrownBy(() -> money("￥-1,234.56", false)).hasMessage("negative");
		for (String bad : new String[] { "1e309", "NaN", "--5", "-￥-5", "Infinity", "12元5", "三千", "1 234", ".5" }) {
			assertThatThrownBy(() -> money(bad, false)).as(bad)
				.isInstanceOf(InvalidValueException.class)
				.hasMessage("amount_format");
		}
	}

	@Test
	void readsCountsAsNonNegativeWholeNumbers() {
		assertThat(ValueParser.parseCount("21", MAX_COUNT)).isEqualTo(21);
		assertThat(ValueParser.parseCount("1,200", MAX_COUNT)).isEqualTo(1200);
		assertThat(ValueParser.parseCount("1,234,567", MAX_COUNT)).isEqualTo(1234567);
		assertThat(ValueParser.parseCount("21.0", MAX_COUNT)).isEqualTo(21);
		assertThat(ValueParser.parseCount("-0", MAX_COUNT)).isZero();
		assertThatThrownBy(() -> ValueParser.parseCount("-3", MAX_COUNT)).hasMessage("negative");
		assertThatThrownBy(() -> ValueParser.parseCount("2.5", MAX_COUNT)).hasMessage("count_format");
		assertThatThrownBy(() -> ValueParser.parseCount("三人", MAX_COUNT)).hasMessage("count_format");
	}

	@Test
	void rejectsCountsBeyondTheRangeSayingIt() {
		assertThat(ValueParser.parseCount("999,999,999", MAX_COUNT)).isEqualTo(MAX_COUNT);
		for (String huge : new String[] { "1,000,000,000", "100000000000000000000" }) {
			assertThatExceptionOfType(InvalidValueException.class)
				.isThrownBy(() -> ValueParser.parseCount(huge, MAX_COUNT))
				.withMessage("count_out_of_range")
				.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("999,999,999"));
		}
	}

	private static BigDecimal money(String raw, boolean tenThousands) {
		return ValueParser.parseMoney(raw, tenThousands, MAX_AMOUNT);
	}

}
