package org.annualstats.ingest.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value spellings exports use. Every method takes the cell's text (workbook cells
 * arrive already rendered: dates as ISO, numbers as plain decimals) and throws
 * {@link InvalidValueException} saying what was expected.
 */
public final class ValueParser {

	/** Excel's first day; PostgreSQL has no year 0, and an earlier date is a typo in these records. */
	public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

	public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

	private static final Pattern DELIMITED_DATE = Pattern.compile(
			"(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");

	private static final Pattern CHINESE_DATE = Pattern
		.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?: *(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");

	/** Day 1 is 1900-01-01; Excel's 1900 leap-year bug puts day 0 on 1899-12-30. */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** Day 0 of workbooks in the 1904 date system (Excel for Mac's former default). */
	private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	/** Thousands separators between groups of three digits only: 1,234 and 1,234,567.89. */
	private static final Pattern GROUPED_NUMBER = Pattern.compile("[1-9]\\d{0,2}(?:,\\d{3})+(?:\\.\\d+)?");

	/** A sign before or after the currency symbol, the number, an optional unit. */
	private static final Pattern AMOUNT = Pattern.compile("([-+]?) *[￥¥]? *([-+]?) *([\\d.,]+) *(万元|元)?");

	private static final Pattern COUNT = Pattern.compile("(-?)([\\d.,]+)");

	private static final Set<String> TRUE_WORDS = Set.of("是", "有", "y", "yes", "true", "1", "√", "✓", "t");

	private static final Set<String> FALSE_WORDS = Set.of("否", "无", "n", "no", "false", "0", "×", "✗", "x", "f");

	private ValueParser() {
	}

	/** @param date1904 whether a bare serial number counts days in the 1904 date system */
	public static LocalDate parseDate(String raw, boolean date1904) {
		if (isIsoDate(raw)) {
			// most exports write 2020-03-02: read it without the patterns, the ingest's busiest code
			return date(digits(raw, 0, 4), digits(raw, 5, 7), digits(raw, 8, 10));
		}
		String text = TextNormalizer.foldWidth(raw.trim());
		Matcher m;
		if ((m = DELIMITED_DATE.matcher(text)).matches() || (m = CHINESE_DATE.matcher(text)).matches()
				|| (m = COMPACT_DATE.matcher(text)).matches()) {
			LocalDate date = date(m.group(1), m.group(2), m.group(3));
			checkTime(text, m);
			return date;
		}
		if (EXCEL_SERIAL.matcher(text).matches()) {
			long days = new BigDecimal(text).longValue();
			// below 10000 (1927) a number is more likely a mistyped year than a date cell
			if (days >= 10_000) {
				return (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).plusDays(days);
			}
		}
		throw new InvalidValueException("date_format");
	}

	/** Exactly {@code dddd-dd-dd} in ASCII digits, which the delimited pattern reads the same way. */
	private static boolean isIsoDate(String raw) {
		if (raw.length() != 10 || raw.charAt(4) != '-' || raw.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = raw.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

	private static LocalDate date(String yearText, String monthText, String dayText) {
		return date(Integer.parseInt(yearText), Integer.parseInt(monthText), Integer.parseInt(dayText));
	}

	private static LocalDate date(int year, int month, int day) {
		if (month < 1 || month > 12) {
			throw new InvalidValueException("no_such_month", month);
		}
		LocalDate date;
		try {
			date = LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException("no_such_day", year, month, day);
		}
		if (date.isBefore(MIN_DATE)) {
			throw new InvalidValueException("date_out_of_range", MIN_DATE, MAX_DATE);
		}
		return date;
	}

	/** The time of day after a date is not kept, but a time that cannot be says the cell is wrong. */
	private static void checkTime(String text, Matcher m) {
		if (m.groupCount() < 6 || m.group(4) == null) {
			return;
		}
		int second = (m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0;
		if (Integer.parseInt(m.group(4)) > 23 || Integer.parseInt(m.group(5)) > 59 || second > 59) {
			throw new InvalidValueException("no_such_time", text.substring(m.start(4), m.end()));
		}
	}

	/** Blank means false. */
	public static boolean parseBool(String raw) {
		String word = TextNormalizer.normalize(raw);
		if (word.isEmpty() || FALSE_WORDS.contains(word)) {
			return false;
		}
		if (TRUE_WORDS.contains(word)) {
			return true;
		}
		throw new InvalidValueException("bool_format");
	}

	/**
	 * An amount in 元, exact; a unit in the value wins over the header's.
	 * @param tenThousands whether the header's unit is 万元
	 * @param max the largest amount in 元 accepted
	 */
	public static BigDecimal parseMoney(String raw, boolean tenThousands, BigDecimal max) {
		Matcher m = AMOUNT.matcher(TextNormalizer.foldWidth(raw.trim()));
		if (!m.matches() || (!m.group(1).isEmpty() && !m.group(2).isEmpty())) {
			throw new InvalidValueException("amount_format");
		}
		BigDecimal amount = number(m.group(3), "amount_format");
		if ((m.group(1) + m.group(2)).equals("-") && amount.signum() != 0) {
			throw new InvalidValueException("negative");
		}
		if ((m.group(4) != null) ? m.group(4).equals("万元") : tenThousands) {
			amount = amount.scaleByPowerOfTen(4);
		}
		if (amount.compareTo(max) > 0) {
			throw new InvalidValueException("amount_out_of_range", String.format(Locale.ROOT, "%,.2f", max));
		}
		return amount;
	}

	/** @param max the largest count accepted */
	public static long parseCount(String raw, long max) {
		Matcher m = COUNT.matcher(TextNormalizer.foldWidth(raw.trim()));
		if (!m.matches()) {
			throw new InvalidValueException("count_format");
		}
		BigDecimal value = number(m.group(2), "count_format");
		if (!m.group(1).isEmpty() && value.signum() != 0) {
			throw new InvalidValueException("negative");
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw new InvalidValueException("count_format");
		}
		if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw new InvalidValueException("count_out_of_range", String.format(Locale.ROOT, "%,d", max));
		}
		return value.longValueExact();
	}

	/** Commas are read only as thousands separators: 1,5 or 1.234,5 are not guessed at. */
	private static BigDecimal number(String text, String formatCode) {
		if (PLAIN_NUMBER.matcher(text).matches()) {
			return new BigDecimal(text);
		}
		if (GROUPED_NUMBER.matcher(text).matches()) {
			return new BigDecimal(text.replace(",", ""));
		}
		throw new InvalidValueException((text.indexOf(',') >= 0) ? "thousands_separator" : formatCode);
	}

}
