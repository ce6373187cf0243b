package org.annualstats.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.springframework.scheduling.support.CronExpression;

/**
 * Option values checked while picocli parses, before anything starts. Each refusal says what is
 * allowed; {@link ArgumentErrors} puts the option and the value in front of it.
 */
final class ArgumentConverters {

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private ArgumentConverters() {
	}

	/** A statistical year the bureau can have data of. */
	static final class Year implements ITypeConverter<Integer> {

		@Override
		public Integer convert(String value) {
			try {
				int year = Integer.parseInt(value.trim());
				if (year >= FIRST_YEAR && year <= LAST_YEAR) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// refused below, with what is allowed
			}
			throw new TypeConversionException("not a year from " + FIRST_YEAR + " to " + LAST_YEAR);
		}

	}

	/** A calendar date as ISO writes it. */
	static final class Date implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value.trim());
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException("not a date; write YYYY-MM-DD, e.g. 2020-12-31");
			}
		}

	}

	/** The languages the workbook is written in. */
	static final class Language implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			if (value.equals("zh") || value.equals("en")) {
				return value;
			}
			throw new TypeConversionException("not a language of the workbook; use zh or en");
		}

	}

	/** A cron expression as the schedule reads it: six fields, seconds first. */
	static final class Cron implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			try {
				CronExpression.parse(value);
				return value;
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("not a cron expression: write six fields, second minute hour "
						+ "day month weekday, e.g. '0 30 1 * * *'");
			}
		}

	}

}
