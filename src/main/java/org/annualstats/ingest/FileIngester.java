package org.annualstats.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annualstats.ingest.HeaderMatcher.Column;
import org.annualstats.ingest.HeaderMatcher.Header;
import org.annualstats.ingest.RowValidator.Rejection;
import org.annualstats.ingest.internal.ExportInput;
import org.annualstats.ingest.internal.FileFormat;
import org.annualstats.ingest.internal.InvalidValueException;
import org.annualstats.ingest.internal.RowHandler;
import org.annualstats.ingest.internal.RowReader;
import org.annualstats.ingest.internal.TextNormalizer;
import org.annualstats.ingest.internal.ValueParser;

/**
 * Reads one export file: finds the header row, skips blank and totals rows, validates each data
 * row and hands accepted records, rejects and control totals to the sink. One instance per file.
 */
class FileIngester implements RowHandler {

	static final int HEADER_SEARCH_ROWS = 20;

	/** Longer names fit no column of the store; Excel itself allows 31 characters. */
	static final int MAX_SHEET_NAME = 200;

	/** A declared total must fit the store's DECIMAL(24,4); the rows of no file add up to more. */
	static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999999");

	private static final Set<String> TOTALS_LABELS = Set.of("合计", "总计", "小计", "total");

	private final SourceSpec source;

	private final EnumSynonyms enums;

	private final HeaderMatcher matcher;

	private final int fileSeq;

	private final String displayName;

	private final RecordSink sink;

	/** Words the first rejected row for the operator when the file fails. */
	private final ProblemFormat english;

	private final int columnCount;

	/** The fields a 合计 row may total, and their positions among the parsed values. */
	private final List<FieldSpec> summable;

	private final int[] summableColumns;

	private Header header;

	private Header bestCandidate;

	private long headerRow;

	private RowValidator validator;

	private long rowsRead;

	private long rowsRejected;

	private RejectedRow firstReject;

	private String sheet;

	private boolean date1904;

	private final Map<String, BigDecimal> sums = new LinkedHashMap<>();

	private final List<ControlTotal> declaredTotals = new ArrayList<>();

	FileIngester(SourceSpec source, EnumSynonyms enums, int fileSeq, String displayName, RecordSink sink,
			ProblemFormat english) {
		this.source = source;
		this.enums = enums;
		this.matcher = new HeaderMatcher(source);
		this.fileSeq = fileSeq;
		this.displayName = displayName;
		this.sink = sink;
		this.english = english;
		List<String> columns = source.columns();
		this.columnCount = columns.size();
		this.summable = source.fields().stream().filter((field) -> field.type().summable()).toList();
		this.summableColumns = this.summable.stream().mapToInt((field) -> columns.indexOf(field.name())).toArray();
	}

	/**
	 * @param rejectThreshold the share of rejected rows above which the file fails the run
	 */
	FileReport ingest(ExportInput input, RowReader reader, long size, double rejectThreshold) {
		if (size == 0) {
			throw new InputException(this.displayName + ": the file is empty (0 bytes); expected a header row and records");
		}
		FileFormat format;
		this.sink.fileStarted(this.displayName);
		try {
			format = reader.read(input, this);
		}
		catch (SinkFailure ex) {
			// the store or the run failed, not the file: let that failure through as it is
			throw ex.getCause();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InputException failure) {
				throw failure;
			}
			throw new InputException(this.displayName + ": cannot be read as " + extension(this.displayName) + " ("
					+ oneLine(ex.getMessage()) + ")", ex);
		}
		if (this.header == null) {
			throw missingHeader();
		}
		if (this.rowsRejected > 0 && this.rowsRejected > rejectThreshold * this.rowsRead) {
			throw new InputException(String.format(
					"%s: %d of %d rows rejected (%.1f %%), more than the allowed %.1f %% (annualstats.reject-threshold); first: %s",
					this.displayName, this.rowsRejected, this.rowsRead, 100.0 * this.rowsRejected / this.rowsRead,
					100 * rejectThreshold, describe(this.firstReject)));
		}
		for (ControlTotal declared : this.declaredTotals) {
			this.sink.controlTotal(new ControlTotal(declared.source(), declared.file(), declared.rowNo(),
					declared.field(), declared.declared(), this.sums.getOrDefault(declared.field(), BigDecimal.ZERO),
					this.rowsRejected > 0));
		}
		// the size and digest of the bytes the rows came from, should the file have changed since it was listed
		return new FileReport(this.source.id(), this.fileSeq, this.displayName, input.size(), input.sha256(),
				format.encoding(), format.delimiter(), format.sheet(), this.headerRow, this.rowsRead, this.rowsRead - this.rowsRejected,
				this.rowsRejected, 0, 0, this.header.unknown());
	}

	@Override
	public void sheet(String name, boolean date1904) {
		if (name.length() > MAX_SHEET_NAME) {
			throw new InputException(this.displayName + ": the sheet name is " + name.length()
					+ " characters long, more than the " + MAX_SHEET_NAME + " the store keeps; rename the sheet");
		}
		this.sheet = name;
		this.date1904 = date1904;
	}

	@Override
	public boolean row(long rowNumber, List<String> cells) {
		try {
			return readRow(rowNumber, cells);
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
	}

	/** A failure of the sink, told apart from a failure to read the file. */
	private static final class SinkFailure extends RuntimeException {

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private boolean readRow(long rowNumber, List<String> cells) {
		if (this.header == null) {
			findHeader(rowNumber, cells);
			if (this.header == null && rowNumber >= HEADER_SEARCH_ROWS) {
				throw missingHeader();
			}
			return true;
		}
		String first = firstNonEmpty(cells);
		if (first == null) {
			return true;
		}
		if (mayNameTotals(first) && TOTALS_LABELS.contains(TextNormalizer.normalize(first))) {
			readTotals(rowNumber, cells);
			return true;
		}
		this.rowsRead++;
		Object[] values = new Object[this.columnCount];
		Rejection rejection = this.validator.validate(cells, values);
		if (rejection != null) {
			this.rowsRejected++;
			Column column = rejection.column();
			RejectedRow rejected = new RejectedRow(this.source.id(), this.displayName, this.sheet, rowNumber,
					rejection.field(), rejection.value(), rejection.reason().stored(), key(cells),
					(column != null) ? this.header.cells().get(column.index()).trim() : null, cell(cells, column));
			if (this.firstReject == null) {
				this.firstReject = rejected;
			}
			this.sink.rejected(rejected);
			return true;
		}
		addToSums(values);
		this.sink.accepted(new ParsedRecord(this.source.id(), this.fileSeq, rowNumber, values));
		return true;
	}

	/** A quick look before the normalisation of the first cell of every row: 合计/总计/小计 or total. */
	private static boolean mayNameTotals(String cell) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '计' || c == 't' || c == 'T' || c == 'ｔ' || c == 'Ｔ') {
				return true;
			}
		}
		return false;
	}

	private void findHeader(long rowNumber, List<String> cells) {
		Header candidate = this.matcher.match(cells);
		if (candidate.hasAllRequired(this.source)) {
			if (!candidate.repeated().isEmpty()) {
				throw twoColumnsForOneField(candidate, candidate.repeated().get(0));
			}
			this.header = candidate;
			this.headerRow = rowNumber;
			this.validator = new RowValidator(this.source, this.enums, candidate, this.date1904);
		}
		else if (this.bestCandidate == null || candidate.columns().size() > this.bestCandidate.columns().size()) {
			this.bestCandidate = candidate;
		}
	}

	private void addToSums(Object[] values) {
		for (int i = 0; i < this.summable.size(); i++) {
			this.sums.merge(this.summable.get(i).name(), RowValidator.number(values[this.summableColumns[i]]),
					BigDecimal::add);
		}
	}

	/** Numbers under count or money columns of a 合计 row are control totals, compared at the end. */
	private void readTotals(long rowNumber, List<String> cells) {
		for (Column column : this.header.columns().values()) {
			FieldType type = column.field().type();
			if (!type.summable() || column.index() >= cells.size() || cells.get(column.index()).isBlank()) {
				continue;
			}
			String raw = cells.get(column.index());
			try {
				BigDecimal declared = (type == FieldType.MONEY)
						? ValueParser.parseMoney(raw, "万元".equals(column.unit()), MAX_TOTAL)
						: BigDecimal.valueOf(ValueParser.parseCount(raw, MAX_TOTAL.longValueExact()));
				this.declaredTotals.add(new ControlTotal(this.source.id(), this.displayName, rowNumber,
						column.field().name(), declared, BigDecimal.ZERO, false));
			}
			catch (InvalidValueException ex) {
				if (ex.code().endsWith("_out_of_range")) {
					throw new InputException(this.displayName + ": row " + rowNumber + ", the total of "
							+ column.field().name() + " is " + raw.trim() + ", more than a total can be (at most "
							+ ex.arguments().get(0) + ")");
				}
				// a totals cell that is not a number (e.g. "—") declares nothing
			}
		}
	}

	/** A column that matched a field an earlier column already had: which one is meant is not guessed. */
	private InputException twoColumnsForOneField(Header header, Column repeated) {
		Column first = header.columns().get(repeated.field().name());
		return new InputException(this.displayName + ": columns '" + header.cells().get(first.index()).trim()
				+ "' (column " + (first.index() + 1) + ") and '" + header.cells().get(repeated.index()).trim()
				+ "' (column " + (repeated.index() + 1) + ") both name field " + repeated.field().name()
				+ "; remove or rename one of them");
	}

	private InputException missingHeader() {
		Header best = (this.bestCandidate != null) ? this.bestCandidate : this.matcher.match(List.of());
		List<String> found = best.cells().stream().map(String::trim).filter((c) -> !c.isEmpty()).toList();
		return new InputException(this.displayName + ": no header row within the first " + HEADER_SEARCH_ROWS
				+ " rows names every required field of source '" + this.source.id() + "'; missing: "
				+ this.matcher.describeMissing(best.missing(this.source)) + "; headers found: "
				+ (found.isEmpty() ? "none" : String.join(", ", found)));
	}

	/** The record's key as the file has it, trimmed; {@code null} when the row has none. */
	private String key(List<String> cells) {
		String key = cell(cells, this.header.columns().get(this.source.keyField()));
		return (key == null || key.isBlank()) ? null : key.trim();
	}

	private static String cell(List<String> cells, Column column) {
		if (column == null) {
			return null;
		}
		return (column.index() < cells.size() && cells.get(column.index()) != null) ? cells.get(column.index()) : "";
	}

	private String describe(RejectedRow row) {
		return "row " + row.rowNo() + ", field " + row.field() + ", value '" + row.value() + "': "
				+ this.english.reason(row);
	}

	private static String firstNonEmpty(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return cell;
			}
		}
		return null;
	}

	/** Library messages may span lines (POI's zip bomb warning does): the run reports one line. */
	private static String oneLine(String message) {
		return (message != null) ? message.replaceAll("\\s+", " ").trim() : "unknown error";
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot) : "an export file";
	}

}
