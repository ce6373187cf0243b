package org.annualstats.report;

import org.annualstats.metrics.MetricDefinition;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the appendix uses, created once per workbook. */
final class WorkbookStyles {

	static final String COUNT = "#,##0";

	static final String TEN_THOUSAND_YUAN = "#,##0.00";

	static final String PERCENT = "0.00%";

	static final String SIGNED_PERCENT = "+0.00%;-0.00%;0.00%";

	final CellStyle title;

	final CellStyle header;

	final CellStyle text;

	final CellStyle literalText;

	final CellStyle count;

	final CellStyle money;

	final CellStyle percent;

	final CellStyle signedPercent;

	final CellStyle note;

	final CellStyle caption;

	final CellStyle link;

	WorkbookStyles(Workbook workbook) {
		Font titleFont = workbook.createFont();
		titleFont.setBold(true);
		titleFont.setFontHeightInPoints((short) 16);
		this.title = workbook.createCellStyle();
		this.title.setFont(titleFont);

		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = bordered(workbook);
		this.header.setFont(bold);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

		this.text = bordered(workbook);
		this.literalText = bordered(workbook);
		// Excel keeps a quote-prefixed cell literal even when a reader edits it (no formula injection).
		this.literalText.setQuotePrefixed(true);
		this.count = numeric(workbook, COUNT);
		this.money = numeric(workbook, TEN_THOUSAND_YUAN);
		this.percent = numeric(workbook, PERCENT);
		this.signedPercent = numeric(workbook, SIGNED_PERCENT);
		this.note = bordered(workbook);
		this.note.setWrapText(true);
		Font captionFont = workbook.createFont();
		captionFont.setBold(true);
		captionFont.setFontHeightInPoints((short) 12);
		this.caption = workbook.createCellStyle();
		this.caption.setFont(captionFont);
		Font linkFont = workbook.createFont();
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(IndexedColors.BLUE.getIndex());
		this.link = bordered(workbook);
		this.link.setFont(linkFont);
	}

	/** The style for a figure of this metric: rates as percentages, money in 万元, counts whole. */
	CellStyle figure(MetricDefinition metric) {
		return metric.isRate() ? this.percent : metric.isMoney() ? this.money : this.count;
	}

	private static CellStyle numeric(Workbook workbook, String format) {
		CellStyle style = bordered(workbook);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
