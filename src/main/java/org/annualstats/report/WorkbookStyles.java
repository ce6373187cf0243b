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

/**
 * The cell styles of the appendix, created once per workbook. Fonts are named so that Excel and WPS
 * on a Chinese PC render alike: 宋体 for text, 黑体 for titles and headers, Times New Roman for
 * digits; the English workbook uses Arial throughout.
 */
final class WorkbookStyles {

	/** Body text size in the cell; printed at 100 %, so also on paper. */
	static final short BODY_POINTS = 11;

	static final String COUNT = "#,##0";

	static final String TEN_THOUSAND_YUAN = "#,##0.00";

	static final String PERCENT = "0.00%";

	static final String SIGNED_COUNT = "+#,##0;-#,##0;0";

	static final String SIGNED_TEN_THOUSAND_YUAN = "+#,##0.00;-#,##0.00;0.00";

	static final String SIGNED_PERCENT = "+0.00%;-0.00%;0.00%";

	final CellStyle title;

	final CellStyle tableNumber;

	final CellStyle unitLeft;

	final CellStyle unitRight;

	final CellStyle header;

	final CellStyle section;

	final CellStyle text;

	final CellStyle[] indented = new CellStyle[3];

	final CellStyle literalText;

	final CellStyle centred;

	final CellStyle count;

	final CellStyle money;

	final CellStyle percent;

	final CellStyle signedCount;

	final CellStyle signedMoney;

	final CellStyle signedPercent;

	final CellStyle percentPoints;

	final CellStyle wrapped;

	final CellStyle note;

	final CellStyle paragraph;

	final CellStyle link;

	final CellStyle coverBureau;

	final CellStyle coverTitle;

	final CellStyle coverLine;

	final CellStyle coverEdition;

	final CellStyle smallPrint;

	final CellStyle kpiLabel;

	private final CellStyle kpiCount;

	private final CellStyle kpiMoney;

	private final CellStyle kpiPercent;

	final CellStyle kpiUp;

	final CellStyle kpiDown;

	final CellStyle kpiFlat;

	WorkbookStyles(Workbook workbook, Labels labels) {
		// Column widths count characters of the workbook's first font: Arial 10 is 7 pixels a digit in
		// Excel and WPS, and LibreOffice has its metrics (Liberation Sans), so widths agree everywhere.
		Font normal = workbook.getFontAt(0);
		normal.setFontName("Arial");
		normal.setFontHeightInPoints((short) 10);
		String body = labels.english() ? "Arial" : "宋体";
		String heading = labels.english() ? "Arial" : "黑体";
		String digits = labels.english() ? "Arial" : "Times New Roman";
		Font bodyFont = font(workbook, body, BODY_POINTS, false);
		Font digitFont = font(workbook, digits, BODY_POINTS, false);
		Font headingFont = font(workbook, heading, BODY_POINTS, false);

		this.title = plain(workbook, font(workbook, heading, (short) 16, false), HorizontalAlignment.CENTER);
		this.tableNumber = plain(workbook, headingFont, HorizontalAlignment.LEFT);
		this.unitLeft = plain(workbook, bodyFont, HorizontalAlignment.LEFT);
		this.unitRight = plain(workbook, bodyFont, HorizontalAlignment.RIGHT);

		this.header = bordered(workbook, headingFont);
		this.header.setAlignment(HorizontalAlignment.CENTER);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.section = bordered(workbook, headingFont);

		// rows are made tall enough for long labels, which wrap instead of being cut at the border
		this.text = bordered(workbook, bodyFont);
		this.text.setWrapText(true);
		for (int level = 0; level < this.indented.length; level++) {
			this.indented[level] = bordered(workbook, bodyFont);
			this.indented[level].setWrapText(true);
			this.indented[level].setAlignment(HorizontalAlignment.LEFT);
			this.indented[level].setIndention((short) (2 * (level + 1)));
		}
		this.literalText = bordered(workbook, bodyFont);
		// Excel keeps a quote-prefixed cell literal even when a reader edits it (no formula injection).
		this.literalText.setQuotePrefixed(true);
		this.centred = bordered(workbook, digitFont);
		this.centred.setAlignment(HorizontalAlignment.CENTER);
		this.count = numeric(workbook, digitFont, COUNT);
		this.money = numeric(workbook, digitFont, TEN_THOUSAND_YUAN);
		this.percent = numeric(workbook, digitFont, PERCENT);
		this.signedCount = numeric(workbook, digitFont, SIGNED_COUNT);
		this.signedMoney = numeric(workbook, digitFont, SIGNED_TEN_THOUSAND_YUAN);
		this.signedPercent = numeric(workbook, digitFont, SIGNED_PERCENT);
		String points = "\"" + labels.get("unit.percentPoints") + "\"";
		this.percentPoints = numeric(workbook, digitFont,
				"+0.00" + points + ";-0.00" + points + ";0.00" + points);
		this.wrapped = bordered(workbook, bodyFont);
		this.wrapped.setWrapText(true);
		this.note = plain(workbook, font(workbook, body, (short) 10, false), HorizontalAlignment.LEFT);
		this.note.setWrapText(true);
		this.note.setVerticalAlignment(VerticalAlignment.TOP);
		this.paragraph = plain(workbook, bodyFont, HorizontalAlignment.LEFT);
		this.paragraph.setWrapText(true);
		this.paragraph.setVerticalAlignment(VerticalAlignment.TOP);
		Font linkFont = font(workbook, body, BODY_POINTS, false);
		linkFont.setUnderline(Font.U_SINGLE);
		linkFont.setColor(IndexedColors.BLUE.getIndex());
		this.link = bordered(workbook, linkFont);

		this.coverBureau = plain(workbook, font(workbook, heading, (short) 20, false), HorizontalAlignment.CENTER);
		this.coverTitle = plain(workbook, font(workbook, heading, (short) 28, true), HorizontalAlignment.CENTER);
		this.coverLine = plain(workbook, font(workbook, body, (short) 14, false), HorizontalAlignment.CENTER);
		this.coverEdition = plain(workbook, font(workbook, heading, (short) 16, true), HorizontalAlignment.CENTER);
		this.smallPrint = plain(workbook, font(workbook, body, (short) 9, false), HorizontalAlignment.CENTER);

		this.kpiLabel = plain(workbook, font(workbook, body, (short) 10, false), HorizontalAlignment.CENTER);
		this.kpiLabel.setWrapText(true);
		Font large = font(workbook, digits, (short) 24, true);
		this.kpiCount = numeric(plain(workbook, large, HorizontalAlignment.CENTER), workbook, COUNT);
		this.kpiMoney = numeric(plain(workbook, large, HorizontalAlignment.CENTER), workbook, TEN_THOUSAND_YUAN);
		this.kpiPercent = numeric(plain(workbook, large, HorizontalAlignment.CENTER), workbook, "0.0%");
		// rises in red and falls in green, as Chinese readers expect
		this.kpiUp = plain(workbook, coloured(workbook, digits, IndexedColors.RED), HorizontalAlignment.CENTER);
		this.kpiDown = plain(workbook, coloured(workbook, digits, IndexedColors.GREEN), HorizontalAlignment.CENTER);
		this.kpiFlat = plain(workbook, font(workbook, digits, BODY_POINTS, false), HorizontalAlignment.CENTER);
	}

	/** The style for a figure of this metric: rates as percentages, money in 万元, counts whole. */
	CellStyle figure(MetricDefinition metric) {
		return metric.isRate() ? this.percent : metric.isMoney() ? this.money : this.count;
	}

	/** The style for a change: rates in 百分点, the rest signed in the figure's unit. */
	CellStyle change(MetricDefinition metric) {
		return metric.isRate() ? this.percentPoints : metric.isMoney() ? this.signedMoney : this.signedCount;
	}

	/** A figure on a tile of the summary page: large, bold, no border. */
	CellStyle kpi(MetricDefinition metric) {
		return metric.isRate() ? this.kpiPercent : metric.isMoney() ? this.kpiMoney : this.kpiCount;
	}

	private static Font font(Workbook workbook, String name, short points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName(name);
		font.setFontHeightInPoints(points);
		font.setBold(bold);
		return font;
	}

	private static Font coloured(Workbook workbook, String name, IndexedColors colour) {
		Font font = font(workbook, name, (short) 12, true);
		font.setColor(colour.getIndex());
		return font;
	}

	private static CellStyle plain(Workbook workbook, Font font, HorizontalAlignment alignment) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static CellStyle numeric(Workbook workbook, Font font, String format) {
		return numeric(bordered(workbook, font), workbook, format);
	}

	private static CellStyle numeric(CellStyle style, Workbook workbook, String format) {
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle bordered(Workbook workbook, Font font) {
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

}
