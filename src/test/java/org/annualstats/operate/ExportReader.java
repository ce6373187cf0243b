package org.annualstats.operate;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annualstats.operate.ExportFields.Field;
import org.annualstats.operate.ExportTable.Canonical;
import org.annualstats.operate.ExportTable.ExportRow;
import org.annualstats.operate.ExportTable.Raw;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A minimal reader of the sample exports, independent of {@code org.annualstats.ingest}: it only has
 * to understand the layouts and spellings the samples actually use, and keeps whatever it cannot parse
 * as {@link Raw} so that bad rows stay bad after the rewrite.
 */
final class ExportReader {

	static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "小计", "total");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})(?:[-/.](\\d{1,2})[-/.](\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日|(\\d{2})(\\d{2}))(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("是", true), Map.entry("有", true),
			Map.entry("y", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("1", true),
			Map.entry("√", true), Map.entry("否", false), Map.entry("无", false), Map.entry("n", false),
			Map.entry("no", false), Map.entry("false", false), Map.entry("0", false), Map.entry("×", false));

	/** A numeric workbook cell; {@code dateCell} when its format is a date format. */
	private record Num(double value, boolean dateCell) {

	}

	private ExportReader() {
	}

	static ExportTable read(String source, Path file) throws IOException {
		String name = file.getFileName().toString();
		List<List<Object>> cells = (name.endsWith(".xlsx") || name.endsWith(".xls")) ? workbookCells(file)
				: textCells(file);
		return new ExportTable(source, name, rows(source, cells, file));
	}

	// --- physical cells -------------------------------------------------------------------------

	/** Text files: UTF-8 (BOM stripped) if it decodes strictly, else GB18030; tab or comma. */
	private static List<List<Object>> textCells(Path file) throws IOException {
		String text = decode(Files.readAllBytes(file));
		char delimiter = text.lines().limit(20).anyMatch((l) -> l.indexOf('\t') >= 0) ? '\t' : ',';
		List<List<Object>> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
		for (CSVRecord record : format.parse(new StringReader(text))) {
			rows.add(new ArrayList<>(record.toList()));
		}
		return rows;
	}

	private static String decode(byte[] bytes) throws CharacterCodingException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return Charset.forName("GB18030").newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
	}

	/** Workbooks: the first visible sheet, opened read-only (read-write would rewrite the sample). */
	private static List<List<Object>> workbookCells(Path file) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = firstVisibleSheet(workbook);
			List<List<Object>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				rows.add(cells(sheet.getRow(r)));
			}
			return rows;
		}
	}

	private static Sheet firstVisibleSheet(Workbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				return workbook.getSheetAt(i);
			}
		}
		throw new IllegalStateException("no visible sheet");
	}

	private static List<Object> cells(Row row) {
		List<Object> cells = new ArrayList<>();
		for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
			cells.add(cell(row.getCell(c)));
		}
		return cells;
	}

	private static Object cell(Cell cell) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> new Num(cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
			case BOOLEAN -> cell.getBooleanCellValue();
			case BLANK -> null;
			default -> new DataFormatter().formatCellValue(cell);
		};
	}

	// --- logical rows ---------------------------------------------------------------------------

	private static List<ExportRow> rows(String source, List<List<Object>> cells, Path file) {
		int header = headerRow(source, cells, file);
		List<Object> headers = cells.get(header);
		List<ExportRow> rows = new ArrayList<>();
		for (List<Object> row : cells.subList(header + 1, cells.size())) {
			Object first = row.stream().filter((c) -> !blank(c)).findFirst().orElse(null);
			if (first != null) {
				boolean total = (first instanceof String s) && TOTAL_LABELS.contains(s.trim().toLowerCase());
				Map<String, Object> values = values(source, headers, row);
				if (total) {
					// a totals row carries only control totals; its label is no value of the first column
					values.entrySet().removeIf((e) -> !(e.getValue() instanceof Long || e.getValue() instanceof BigDecimal));
				}
				rows.add(new ExportRow(values, total));
			}
		}
		return rows;
	}

	/** The first of the first 20 rows naming every required field. */
	private static int headerRow(String source, List<List<Object>> cells, Path file) {
		long required = ExportFields.of(source).stream().filter(Field::required).count();
		for (int r = 0; r < Math.min(20, cells.size()); r++) {
			long named = cells.get(r)
				.stream()
				.filter((c) -> c instanceof String)
				.map((c) -> ExportFields.byHeader(source, (String) c))
				.filter((f) -> f != null && f.required())
				.count();
			if (named == required) {
				return r;
			}
		}
		throw new IllegalStateException("no header row in " + file);
	}

	private static Map<String, Object> values(String source, List<Object> headers, List<Object> row) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int c = 0; c < headers.size(); c++) {
			String header = (headers.get(c) instanceof String s) ? s : "";
			Field field = ExportFields.byHeader(source, header);
			if (field != null) {
				Object cell = (c < row.size()) ? row.get(c) : null;
				values.put(field.id(), blank(cell) ? null : parse(field, cell, ExportFields.unit(header)));
			}
		}
		return values;
	}

	private static boolean blank(Object cell) {
		return cell == null || (cell instanceof String s && s.isBlank());
	}

	// --- values ---------------------------------------------------------------------------------

	private static Object parse(Field field, Object cell, BigDecimal unit) {
		return switch (field.type()) {
			case TEXT -> (cell instanceof Num n) ? plain(n.value()) : cell.toString();
			case DATE -> (cell instanceof Num n) ? EXCEL_EPOCH.plusDays((long) Math.floor(n.value())) : date((String) cell);
			case COUNT -> count(cell);
			case MONEY -> money(cell, unit);
			case BOOL -> bool(cell);
			case ENUM -> enumeration(field, cell.toString());
		};
	}

	private static Object date(String text) {
		Matcher m = DATE.matcher(text.trim());
		if (!m.matches()) {
			return new Raw(text);
		}
		int year = Integer.parseInt(m.group(1));
		String month = (m.group(2) != null) ? m.group(2) : (m.group(4) != null) ? m.group(4) : m.group(6);
		String day = (m.group(3) != null) ? m.group(3) : (m.group(5) != null) ? m.group(5) : m.group(7);
		try {
			return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return new Raw(text); // e.g. 2020-02-30 stays an impossible date
		}
	}

	private static Object count(Object cell) {
		if (cell instanceof Num n && n.value() == Math.rint(n.value())) {
			return (long) n.value();
		}
		String text = cell.toString().trim();
		return text.matches("\\d+") ? (Object) Long.parseLong(text) : new Raw(cell.toString());
	}

	private static Object money(Object cell, BigDecimal unit) {
		if (cell instanceof Num n) {
			return BigDecimal.valueOf(n.value()).multiply(unit);
		}
		String text = cell.toString().trim().replace("￥", "").replace("¥", "").replace(",", "");
		try {
			return new BigDecimal(text).multiply(unit);
		}
		catch (NumberFormatException ex) {
			return new Raw(cell.toString());
		}
	}

	private static Object bool(Object cell) {
		if (cell instanceof Boolean b) {
			return b;
		}
		String text = (cell instanceof Num n) ? plain(n.value()) : cell.toString();
		Boolean value = BOOLEANS.get(text.trim().toLowerCase());
		return (value != null) ? value : new Raw(text);
	}

	private static Object enumeration(Field field, String text) {
		String id = field.canonical(text);
		return (id != null) ? new Canonical(id) : new Raw(text);
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
