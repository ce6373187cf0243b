package org.annualstats.ingest.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value spellings of SPEC §2.3. Every method takes the cell's text (workbook cells
 * arrive already rendered: dates as ISO, numbers as plain decimals) and throws
 * {@link InvalidValueException} saying what was expected.
 */
public final class ValueParser {

	private static final Pattern DELIMITED_DATE = Pattern
		.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern CHINESE_DATE = Pattern
		.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?: *\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/** Excel date serials: day 1 is 1900-01-01, the 1900 leap-year bug puts day 0 on 1899-12-30. */
	private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,6}(?:\\.\\d+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");

	private static final Set<String> TRUE_WORDS = Set.of("是", "有", "y", "yes", "true", "1", "√", "✓", "t");

	private static final Set<String> FALSE_WORDS = Set.of("否", "无", "n", "no", "false", "0", "×", "✗", "x", "f");

	private ValueParser() {
	}

	public static LocalDate parseDate(String raw) {
		String text = TextNormalizer.foldWidth(raw.trim());
		Matcher m;
		if ((m = DELIMITED_DATE.matcher(text)).matches() || (m = CHINESE_DATE.matcher(text)).matches()
				|| (m = COMPACT_DATE.matcher(text)).matches()) {
			return date(m.group(1), m.group(2), m.group(3));
		}
		if (EXCEL_SERIAL.matcher(text).matches()) {
			long days = new BigDecimal(text).longValue();
			// below 10000 (1927) a number is more likely a mistyped year than a date cell
			if (days >= 10_000 && days <= 2958465) {
				return EXCEL_EPOCH.plusDays(days);
			}
		}
		throw new InvalidValueException("date_format");
	}

	private static LocalDate date(String yearText, String monthText, String dayText) {
		int year = Integer.parseInt(yearText);
		int month = Integer.parseInt(monthText);
		int day = Integer.parseInt(dayText);
		if (month < 1 || month > 12) {
			throw new InvalidValueException("no_such_month", month);
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidValueException("no_such_day", year, month, day);
		}
	}

	/** Blank means false (SPEC §2.3). */
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

	/** An amount in 元, exact; {@code tenThousands} when the header's unit is 万元. */
	public static BigDecimal parseMoney(String raw, boolean tenThousands) {
		String text = TextNormalizer.foldWidth(raw.trim())
			.replace("￥", "")
			.replace("¥", "")
			.replace(",", "")
			.replace(" ", "");
		if (text.endsWith("万元")) {
			text = text.substring(0, text.length() - 2);
			tenThousands = true;
		}
		else if (text.endsWith("元")) {
			text = text.substring(0, text.length() - 1);
		}
		if (text.startsWith("-") && PLAIN_DECIMAL.matcher(text.substring(1)).matches()) {
			throw new InvalidValueException("negative");
		}
		if (text.startsWith("+")) {
			text = text.substring(1);
		}
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			throw new InvalidValueException("amount_format");
		}
		BigDecimal amount = new BigDecimal(text);
		return tenThousands ? amount.scaleByPowerOfTen(4) : amount;
	}

	public static long parseCount(String raw) {
		String text = TextNormalizer.foldWidth(raw.trim()).replace(",", "");
		if (text.startsWith("-") && PLAIN_DECIMAL.matcher(text.substring(1)).matches()) {
			throw new InvalidValueException("negative");
		}
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			throw new InvalidValueException("count_format");
		}
		BigDecimal value = new BigDecimal(text);
		if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
			throw new InvalidValueException("count_format");
		}
		return value.longValueExact();
	}

}
