package org.annualstats.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.annualstats.ingest.HeaderMatcher.Column;
import org.annualstats.ingest.HeaderMatcher.Header;
import org.annualstats.ingest.internal.InvalidValueException;
import org.annualstats.ingest.internal.ValueParser;

/**
 * Turns one data row into parsed values in {@link SourceSpec#columns()} order, or says why the row
 * is rejected: the first problem found, with its field and raw value.
 */
class RowValidator {

	/** Longer text fits no column of the store and is no real key, name or code. */
	static final int MAX_TEXT_LENGTH = 200;

	/**
	 * The largest count or number of days: figures sum a year's rows into DECIMAL(24,6), so even
	 * millions of rows at the limit stay within it (a BIGINT column alone would take far more).
	 */
	static final long MAX_COUNT = 999_999_999L;

	/** The largest amount in 元, for the same reason: DECIMAL(20,4) holds each, DECIMAL(24,6) the sums. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	/**
	 * Why a row is rejected: the field, its value and the problem with it.
	 *
	 * @param column the field's column in the file, {@code null} when the file has none
	 */
	record Rejection(String field, String value, Problem reason, Column column) {
	}

	/**
	 * A field as this file has it, resolved once rather than per row: its column in the file
	 * ({@code null} when the file has none), its slot among the values, and the slots its rules read.
	 *
	 * @param conditionField the field its {@code required_when} names, {@code null} without one
	 * @param conditionSlot that field's slot, -1 without one
	 * @param notBeforeSlots the slots of its {@code not_before} fields, in order
	 */
	private record Slot(FieldSpec field, Column column, int value, String conditionField, int conditionSlot,
			String conditionValue, int[] notBeforeSlots) {
	}

	private final EnumSynonyms enums;

	private final Slot[] slots;

	private final boolean date1904;

	/** @param date1904 whether the workbook counts days in the 1904 date system */
	RowValidator(SourceSpec source, EnumSynonyms enums, Header header, boolean date1904) {
		this.enums = enums;
		this.date1904 = date1904;
		List<String> columns = source.columns();
		this.slots = source.fields().stream().map((field) -> {
			String[] condition = (field.requiredWhen() != null) ? field.requiredWhen().split("=", 2) : null;
			return new Slot(field, header.columns().get(field.name()), columns.indexOf(field.name()),
					(condition != null) ? condition[0] : null, (condition != null) ? columns.indexOf(condition[0]) : -1,
					(condition != null) ? condition[1] : null,
					field.notBefore().stream().mapToInt(columns::indexOf).toArray());
		}).toArray(Slot[]::new);
	}

	/** Fills {@code values}; returns the problem that rejects the row, or {@code null}. */
	Rejection validate(List<String> cells, Object[] values) {
		for (Slot slot : this.slots) {
			FieldSpec field = slot.field();
			Column column = slot.column();
			String raw = (column != null && column.index() < cells.size()) ? cells.get(column.index()) : "";
			raw = (raw != null) ? raw.trim() : "";
			try {
				Object value = parse(field, column, raw);
				if (value == null && field.required()) {
					return new Rejection(field.name(), raw, Problem.of("required"), column);
				}
				values[slot.value()] = value;
				if (field.type() == FieldType.DAYS) {
					values[slot.value() + 1] = (value != null) ? isCalendarDays(column) : null;
				}
			}
			catch (InvalidValueException ex) {
				return new Rejection(field.name(), raw, new Problem(ex.code(), ex.arguments()), column);
			}
		}
		return checkRules(values);
	}

	private Object parse(FieldSpec field, Column column, String raw) {
		if (raw.isEmpty()) {
			return switch (field.type()) {
				case BOOL -> Boolean.FALSE;
				case ENUM -> this.enums.blankValue(field.enumName());
				default -> null;
			};
		}
		return switch (field.type()) {
			case TEXT -> text(raw);
			case DATE -> ValueParser.parseDate(raw, this.date1904);
			case BOOL -> ValueParser.parseBool(raw);
			case MONEY -> ValueParser.parseMoney(raw, column != null && "万元".equals(column.unit()), MAX_AMOUNT);
			case COUNT, DAYS -> ValueParser.parseCount(raw, MAX_COUNT);
			case ENUM -> enumValue(field, raw);
		};
	}

	private static String text(String raw) {
		if (raw.indexOf('\u0000') >= 0) {
			throw new InvalidValueException("text_nul");
		}
		if (raw.length() > MAX_TEXT_LENGTH) {
			throw new InvalidValueException("text_too_long", MAX_TEXT_LENGTH, raw.length());
		}
		return raw;
	}

	private String enumValue(FieldSpec field, String raw) {
		String canonical = this.enums.match(field.enumName(), raw);
		if (canonical == null) {
			throw new InvalidValueException("not_in_enum", field.enumName());
		}
		return canonical;
	}

	private static boolean isCalendarDays(Column column) {
		return column != null && ("天".equals(column.unit()) || "自然日".equals(column.unit()));
	}

	private Rejection checkRules(Object[] values) {
		for (Slot slot : this.slots) {
			Object value = values[slot.value()];
			if (slot.conditionSlot() >= 0 && value == null
					&& slot.conditionValue().equals(values[slot.conditionSlot()])) {
				return new Rejection(slot.field().name(), "",
						Problem.of("required_when", slot.conditionField(), slot.conditionValue()), slot.column());
			}
			if (value instanceof LocalDate end) {
				Rejection order = checkNotBefore(slot, end, values);
				if (order != null) {
					return order;
				}
			}
		}
		return null;
	}

	/** Compares with the first of the {@code not_before} fields that has a value. */
	private Rejection checkNotBefore(Slot slot, LocalDate end, Object[] values) {
		for (int i = 0; i < slot.notBeforeSlots().length; i++) {
			if (values[slot.notBeforeSlots()[i]] instanceof LocalDate startDate) {
				if (end.isBefore(startDate)) {
					String startField = slot.field().notBefore().get(i);
					return new Rejection(slot.field().name(), end.toString(),
							Problem.of("not_before", end, startField, startDate), slot.column());
				}
				return null;
			}
		}
		return null;
	}

	/** The number a summable column contributes, for control totals. */
	static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		return (value instanceof Long count) ? BigDecimal.valueOf(count) : BigDecimal.ZERO;
	}

}
