package org.annualstats.ingest.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Renders numeric workbook cells as text the value parser reads exactly: date cells as ISO dates,
 * other numbers as plain decimals (never the display format, which may round).
 */
final class CellText {

	private CellText() {
	}

	/** @param date1904 whether the workbook counts days in the 1904 date system */
	static String number(double value, boolean dateFormatted, boolean date1904) {
		if (dateFormatted && DateUtil.isValidExcelDate(value)) {
			LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904);
			return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
					: dateTime.toString();
		}
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
		return (plain.scale() < 0) ? plain.setScale(0).toPlainString() : plain.toPlainString();
	}

}
