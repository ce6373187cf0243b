package org.annualstats.operate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annualstats.operate.ExportFields.Field;
import org.annualstats.operate.ExportTable.Canonical;
import org.annualstats.operate.ExportTable.ExportRow;
import org.annualstats.operate.ExportTable.Raw;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@link ExportTable} in another layout: format, encoding, title rows, header aliases,
 * column order and value spellings, all within the export contract. Spellings rotate per row and column so that
 * every file mixes them.
 */
final class ExportWriter {

	enum DateStyle {

		ISO, SLASH, DOT, COMPACT, CHINESE, ISO_TIME, SLASH_TIME, DATE_CELL, DATE_TIME_CELL, SERIAL

	}

	enum MoneyStyle {

		PLAIN, DECORATED, YEN, NUMBER

	}

	enum EnumStyle {

		CANONICAL, SYNONYM, LOWER, FULL_WIDTH, SPACED

	}

	/** A true/false spelling; {@link #CELL} and {@link #NUMBER} are workbook cell types. */
	record BoolStyle(String yes, String no) {

		static final BoolStyle CELL = new BoolStyle("<boolean cell>", "<boolean cell>");

		static final BoolStyle NUMBER = new BoolStyle("<numeric 1>", "<numeric 0>");

	}

	/** Value spellings; {@code padKeys}: some keys get spaces around them (keys are compared trimmed). */
	record Spelling(List<DateStyle> dates, List<BoolStyle> bools, List<MoneyStyle> money, List<EnumStyle> enums,
			boolean padKeys) {

		Spelling withPaddedKeys() {
			return new Spelling(this.dates, this.bools, this.money, this.enums, true);
		}

	}

	/** File format: a workbook, or delimited text with its encoding, BOM, delimiter and line ends. */
	record Format(String kind, Charset charset, boolean bom, char delimiter, String eol, boolean quoteAll) {

		static Format xlsx() {
			return new Format("xlsx", null, false, ',', null, false);
		}

		static Format xls() {
			return new Format("xls", null, false, ',', null, false);
		}

		static Format text(Charset charset, boolean bom, char delimiter, String eol) {
			return new Format("text", charset, bom, delimiter, eol, false);
		}

		/** RFC 4180 allows quoting every field. */
		Format withEveryFieldQuoted() {
			return new Format(this.kind, this.charset, this.bom, this.delimiter, this.eol, true);
		}

		boolean workbook() {
			return !"text".equals(this.kind);
		}

	}

	/**
	 * One output file: path under the input root, format, title rows before the header, header texts
	 * (an unknown header becomes an extra column), spellings, the totals label, and whether the
	 * workbook gets a hidden decoy sheet first.
	 */
	record Layout(String path, Format format, List<String> titles, List<String> headers, Spelling spelling,
			String totalLabel, boolean hiddenDecoy) {

	}

	/** A real Excel date cell (numeric with a date format). */
	private record DateCell(double serial) {

	}

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

	private final ExportTable table;

	private final Layout layout;

	private final List<Field> columns = new ArrayList<>();

	ExportWriter(ExportTable table, Layout layout) {
		this.table = table;
		this.layout = layout;
		for (String header : layout.headers()) {
			this.columns.add(ExportFields.byHeader(table.source(), header));
		}
		checkEveryValueHasAColumn();
	}

	void write(Path root) throws IOException {
		Path file = root.resolve(this.layout.path());
		Files.createDirectories(file.getParent());
		List<List<Object>> grid = grid(this.table.rows());
		if (this.layout.format().workbook()) {
			writeWorkbook(file, grid);
		}
		else {
			writeText(file, grid);
		}
	}

	/** A rewrite that silently drops a field would prove nothing. */
	private void checkEveryValueHasAColumn() {
		for (ExportRow row : this.table.rows()) {
			row.values().forEach((field, value) -> {
				if (value != null && this.columns.stream().noneMatch((c) -> c != null && c.id().equals(field))) {
					throw new IllegalStateException(this.layout.path() + " has no column for " + field);
				}
			});
		}
	}

	// --- grid of rendered cells -----------------------------------------------------------------

	private List<List<Object>> grid(List<ExportRow> rows) {
		List<List<Object>> grid = new ArrayList<>();
		this.layout.titles().forEach((t) -> grid.add(t.isEmpty() ? List.of() : List.of(t)));
		grid.add(new ArrayList<>(this.layout.headers()));
		int index = 0;
		for (ExportRow row : rows) {
			grid.add(row.total() ? totalsRow(row) : dataRow(row, index++));
		}
		return grid;
	}

	private List<Object> dataRow(ExportRow row, int index) {
		List<Object> cells = new ArrayList<>();
		for (int c = 0; c < this.columns.size(); c++) {
			Field field = this.columns.get(c);
			cells.add((field == null) ? filler(this.layout.headers().get(c), index)
					: render(field, c, row.values().get(field.id()), index + c));
		}
		return cells;
	}

	/** Label in the first column, control totals under count and money columns in this file's unit. */
	private List<Object> totalsRow(ExportRow row) {
		List<Object> cells = new ArrayList<>();
		cells.add((this.layout.totalLabel() != null) ? this.layout.totalLabel() : "合计");
		for (int c = 1; c < this.columns.size(); c++) {
			Field field = this.columns.get(c);
			Object value = (field != null) ? row.values().get(field.id()) : null;
			cells.add((value instanceof Long || value instanceof BigDecimal) ? number(field, c, value) : null);
		}
		if (this.columns.get(0) != null && row.values().get(this.columns.get(0).id()) != null) {
			throw new IllegalStateException(this.layout.path() + ": the totals label would hide a total");
		}
		return cells;
	}

	private Object number(Field field, int column, Object value) {
		String text = (value instanceof BigDecimal yuan) ? amount(yuan, column) : value.toString();
		return this.layout.format().workbook() ? (Object) Double.valueOf(text) : text;
	}

	/** Unknown columns: a remark now and then, or the department with a comma (needs quoting). */
	private static Object filler(String header, int index) {
		if (header.contains("部门")) {
			return "长治市人力资源和社会保障局,行政审批科";
		}
		return (index % 7 == 3) ? "已复核" : null;
	}

	private Object render(Field field, int column, Object value, int turn) {
		if (value == null && field.type() != ExportFields.Type.BOOL) {
			return null;
		}
		if (value instanceof Raw raw) {
			return raw.text();
		}
		return switch (field.type()) {
			case TEXT -> padded(field, (String) value, turn);
			case COUNT -> this.layout.format().workbook() ? (Object) ((Long) value).doubleValue() : value.toString();
			case DATE -> date((LocalDate) value, pick(this.layout.spelling().dates(), turn));
			case MONEY -> money((BigDecimal) value, column, pick(this.layout.spelling().money(), turn));
			case BOOL -> bool(Boolean.TRUE.equals(value), pick(this.layout.spelling().bools(), turn));
			case ENUM -> enumeration(field, ((Canonical) value).id(), pick(this.layout.spelling().enums(), turn), turn);
		};
	}

	private Object padded(Field field, String text, int turn) {
		boolean key = field == ExportFields.of(this.table.source()).get(0);
		return (key && this.layout.spelling().padKeys() && turn % 4 == 0) ? "  " + text + " " : text;
	}

	private static <T> T pick(List<T> styles, int turn) {
		return styles.get(Math.floorMod(turn, styles.size()));
	}

	private static Object date(LocalDate date, DateStyle style) {
		String slash = date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
		double serial = ChronoUnit.DAYS.between(ExportReader.EXCEL_EPOCH, date);
		return switch (style) {
			case ISO -> date.toString();
			case SLASH -> slash;
			case DOT -> date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth();
			case COMPACT -> date.format(COMPACT);
			case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
			case ISO_TIME -> date + " 14:30";
			case SLASH_TIME -> slash + " 09:05:00";
			case DATE_CELL -> new DateCell(serial);
			case DATE_TIME_CELL -> new DateCell(serial + 14.5 / 24); // 14:30 on that day
			case SERIAL -> serial;
		};
	}

	private Object money(BigDecimal yuan, int column, MoneyStyle style) {
		String amount = amount(yuan, column);
		if (style == MoneyStyle.NUMBER) {
			return Double.valueOf(amount); // what Excel shows is the decimal written
		}
		if ((style == MoneyStyle.DECORATED || style == MoneyStyle.YEN) && yuan.signum() >= 0) {
			DecimalFormat format = new DecimalFormat("#,##0.00##");
			format.setRoundingMode(RoundingMode.UNNECESSARY); // exact or fail
			return ((style == MoneyStyle.YEN) ? "¥" : "￥") + format.format(new BigDecimal(amount));
		}
		return amount;
	}

	/** The amount in the column's unit, exactly: 元 with at least two decimals, or 万元. */
	private String amount(BigDecimal yuan, int column) {
		if (tenThousands(column)) {
			return yuan.movePointLeft(4).stripTrailingZeros().toPlainString();
		}
		BigDecimal exact = yuan.stripTrailingZeros();
		return exact.setScale(Math.max(2, exact.scale())).toPlainString();
	}

	private boolean tenThousands(int column) {
		return ExportFields.inTenThousands(this.layout.headers().get(column));
	}

	private static Object bool(boolean value, BoolStyle style) {
		if (style == BoolStyle.CELL) {
			return value;
		}
		if (style == BoolStyle.NUMBER) {
			return value ? 1.0 : 0.0;
		}
		return value ? style.yes() : style.no();
	}

	private static Object enumeration(Field field, String id, EnumStyle style, int turn) {
		String synonym = pick(field.synonyms().get(id), turn / 2);
		return switch (style) {
			case CANONICAL -> id;
			case SYNONYM -> synonym;
			case LOWER -> id.toLowerCase(Locale.ROOT);
			case FULL_WIDTH -> fullWidth(id);
			case SPACED -> " " + synonym.charAt(0) + " " + synonym.substring(1) + " ";
		};
	}

	/** WAGE_FILED → ＷＡＧＥ＿ＦＩＬＥＤ (folded back to half width when read). */
	private static String fullWidth(String text) {
		StringBuilder wide = new StringBuilder();
		text.chars().forEach((c) -> wide.append((char) (c + 0xFEE0)));
		return wide.toString();
	}

	// --- files ----------------------------------------------------------------------------------

	private void writeText(Path file, List<List<Object>> grid) throws IOException {
		Format format = this.layout.format();
		StringWriter text = new StringWriter();
		CSVFormat csv = CSVFormat.RFC4180.builder()
			.setDelimiter(format.delimiter())
			.setRecordSeparator(format.eol())
			.setQuoteMode(format.quoteAll() ? QuoteMode.ALL : QuoteMode.MINIMAL)
			.get();
		try (CSVPrinter printer = new CSVPrinter(text, csv)) {
			for (List<Object> row : grid) {
				printer.printRecord(row.stream().map((c) -> (c == null) ? "" : textCell(c)).toList());
			}
		}
		Files.write(file, encode(text.toString(), format));
	}

	private String textCell(Object cell) {
		if (!(cell instanceof String text)) {
			throw new IllegalStateException(this.layout.path() + ": a workbook cell style in a text file: " + cell);
		}
		return text;
	}

	/** Encodes strictly: a character GBK cannot hold must fail the test, not become '?'. */
	private static byte[] encode(String text, Format format) throws IOException {
		ByteBuffer bytes = format.charset()
			.newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.onMalformedInput(CodingErrorAction.REPORT)
			.encode(CharBuffer.wrap(format.bom() ? "\uFEFF" + text : text));
		byte[] out = new byte[bytes.remaining()];
		bytes.get(out);
		if (format.bom() && !StandardCharsets.UTF_8.equals(format.charset())) {
			throw new IllegalStateException("a BOM only for UTF-8");
		}
		return out;
	}

	private void writeWorkbook(Path file, List<List<Object>> grid) throws IOException {
		try (Workbook workbook = "xlsx".equals(this.layout.format().kind()) ? new XSSFWorkbook() : new HSSFWorkbook()) {
			Map<String, CellStyle> styles = styles(workbook);
			if (this.layout.hiddenDecoy()) {
				fill(workbook.createSheet("旧版导出"), grid(decoyRows()), styles);
			}
			fill(workbook.createSheet("导出数据"), grid, styles);
			if (this.layout.hiddenDecoy()) {
				workbook.setSheetHidden(0, true);
				workbook.setActiveSheet(1);
				workbook.setFirstVisibleTab(1);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** Valid rows with other keys: a reader that takes the hidden sheet gets different figures. */
	private List<ExportRow> decoyRows() {
		String key = ExportFields.of(this.table.source()).get(0).id();
		List<ExportRow> decoys = new ArrayList<>();
		for (ExportRow row : this.table.dataRows().subList(0, 3)) {
			Map<String, Object> values = new LinkedHashMap<>(row.values());
			values.put(key, "DECOY-" + values.get(key));
			decoys.add(new ExportRow(values, false));
		}
		return decoys;
	}

	/** One style per format and workbook (.xls holds at most 4,000 styles). */
	private static Map<String, CellStyle> styles(Workbook workbook) {
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
		return Map.of("date", date);
	}

	private static void fill(Sheet sheet, List<List<Object>> grid, Map<String, CellStyle> styles) {
		for (int r = 0; r < grid.size(); r++) {
			Row row = sheet.createRow(r);
			List<Object> cells = grid.get(r);
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) != null) {
					set(row.createCell(c), cells.get(c), styles);
				}
			}
		}
	}

	private static void set(Cell cell, Object value, Map<String, CellStyle> styles) {
		if (value instanceof DateCell date) {
			cell.setCellValue(date.serial());
			cell.setCellStyle(styles.get("date"));
		}
		else if (value instanceof Double number) {
			cell.setCellValue(number);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else {
			cell.setCellValue((String) value);
		}
	}

}
