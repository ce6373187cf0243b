package org.annualstats.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annualstats.ingest.HeaderMatcher.Column;
import org.annualstats.ingest.HeaderMatcher.Header;
import org.annualstats.ingest.RowValidator.Rejection;
import org.annualstats.ingest.internal.ExportInput;
import org.annualstats.ingest.internal.InvalidValueException;
import org.annualstats.ingest.internal.RowCursor;
import org.annualstats.ingest.internal.RowReader;
import org.annualstats.ingest.internal.TextNormalizer;
import org.annualstats.ingest.internal.ValueParser;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * One export file as a restartable stream of its data rows: opening it finds the header row once,
 * reading skips blank and totals rows (合计, kept as control totals), {@link #validate} turns a data
 * row into a record or rejects it, and {@link #finish} checks the share of rejects and the totals
 * at the end. The position and the file's tallies are saved in the execution context at each
 * commit, so a restart passes over the rows already taken.
 */
public class ExportFile implements ItemStreamReader<FileRow> {

	static final int HEADER_SEARCH_ROWS = 20;

	/** Longer names fit no column of the store; Excel itself allows 31 characters. */
	static final int MAX_SHEET_NAME = 200;

	/** A declared total must fit the store's DECIMAL(24,4); the rows of no file add up to more. */
	static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999999999");

	private static final Set<String> TOTALS_LABELS = Set.of("合计", "总计", "小计", "total");

	private static final String POSITION = "file.row";

	private static final String ROWS_READ = "file.rowsRead";

	private static final String ROWS_REJECTED = "file.rowsRejected";

	private static final String FIRST_REJECT = "file.firstReject";

	private static final String SUM = "file.sum.";

	private final SourceSpec source;

	private final EnumSynonyms enums;

	private final HeaderMatcher matcher;

	private final Path file;

	private final Path inputRoot;

	private final int fileSeq;

	private final String displayName;

	private final double rejectThreshold;

	/** Words the first rejected row for the operator when the file fails. */
	private final ProblemFormat english;

	private final int columnCount;

	/** The fields a 合计 row may total, and their positions among the parsed values. */
	private final List<FieldSpec> summable;

	private final int[] summableColumns;

	/** The bytes of the open file, counted and digested as they are read. */
	private ExportInput input;

	private RowCursor cursor;

	private Header header;

	private Header bestCandidate;

	private long headerRow;

	private RowValidator validator;

	private long position;

	private long rowsRead;

	private long rowsRejected;

	private String firstReject;

	private final Map<String, BigDecimal> sums = new LinkedHashMap<>();

	private final List<ControlTotal> declaredTotals = new ArrayList<>();

	ExportFile(SourceSpec source, EnumSynonyms enums, Path file, Path inputRoot, int fileSeq, double rejectThreshold,
			ProblemFormat english) {
		this.source = source;
		this.enums = enums;
		this.matcher = new HeaderMatcher(source);
		this.file = file;
		this.inputRoot = inputRoot;
		this.fileSeq = fileSeq;
		this.displayName = inputRoot.relativize(file).toString().replace('\\', '/');
		this.rejectThreshold = rejectThreshold;
		this.english = english;
		List<String> columns = source.columns();
		this.columnCount = columns.size();
		this.summable = source.fields().stream().filter((field) -> field.type().summable()).toList();
		this.summableColumns = this.summable.stream().mapToInt((field) -> columns.indexOf(field.name())).toArray();
	}

	/** The file relative to the input root, as reports name it. */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Opens the file and finds its header row; on a restart passes over the rows the saved position
	 * covers, keeping the totals rows among them.
	 * @throws InputException when the file cannot be used: unreadable, empty, no header
	 */
	@Override
	public void open(ExecutionContext context) {
		IngestService.checkReadable(this.file, this.inputRoot, this.displayName);
		if (IngestService.size(this.file) == 0) {
			throw new InputException(this.displayName + ": the file is empty (0 bytes); expected a header row and records");
		}
		this.rowsRead = context.getLong(ROWS_READ, 0);
		this.rowsRejected = context.getLong(ROWS_REJECTED, 0);
		this.firstReject = context.containsKey(FIRST_REJECT) ? context.getString(FIRST_REJECT) : null;
		for (FieldSpec field : this.source.fields()) {
			if (context.containsKey(SUM + field.name())) {
				this.sums.put(field.name(), new BigDecimal(context.getString(SUM + field.name())));
			}
		}
		readFile(() -> {
			this.input = new ExportInput(this.file);
			this.cursor = RowReader.forFile(this.file).open(this.input);
			checkSheetName(this.cursor.format().sheet());
			findHeader();
			long resumeAfter = context.getLong(POSITION, this.headerRow);
			while (this.position < resumeAfter && nextRow() != null) {
				// rows taken by an earlier attempt: only their totals rows are kept again
			}
			return null;
		});
	}

	@Override
	public FileRow read() {
		return readFile(this::nextRow);
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(POSITION, this.position);
		context.putLong(ROWS_READ, this.rowsRead);
		context.putLong(ROWS_REJECTED, this.rowsRejected);
		if (this.firstReject != null) {
			context.putString(FIRST_REJECT, this.firstReject);
		}
		this.sums.forEach((field, sum) -> context.putString(SUM + field, sum.toPlainString()));
	}

	@Override
	public void close() {
		try (ExportInput bytes = this.input) {
			if (this.cursor != null) {
				this.cursor.close();
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException(this.displayName + ": cannot be closed (" + ex.getMessage() + ")", ex);
		}
		finally {
			this.cursor = null;
			this.input = null;
		}
	}


	/**
	 * Parses a data row into a record of the file.
	 * @throws RowRejectedException when a value of the row cannot be read as its field
	 */
	public ParsedRecord validate(FileRow row) {
		this.rowsRead++;
		Object[] values = new Object[this.columnCount];
		Rejection rejection = this.validator.validate(row.cells(), values);
		if (rejection != null) {
			this.rowsRejected++;
			Column column = rejection.column();
			RejectedRow rejected = new RejectedRow(this.source.id(), this.displayName, this.cursor.format().sheet(),
					row.rowNo(), rejection.field(), rejection.value(), rejection.reason().stored(), key(row.cells()),
					(column != null) ? this.header.cells().get(column.index()).trim() : null, cell(row.cells(), column));
			if (this.firstReject == null) {
				this.firstReject = describe(rejected);
			}
			throw new RowRejectedException(rejected);
		}
		addToSums(values);
		return new ParsedRecord(this.source.id(), this.fileSeq, row.rowNo(), values);
	}

	/**
	 * The file has been read to its end: checks the share of rejected rows, hands the control totals
	 * to the sink and reports the file.
	 * @throws InputException when more rows were rejected than the threshold allows
	 */
	public FileReport finish(RecordSink sink) {
		if (this.rowsRejected > 0 && this.rowsRejected > this.rejectThreshold * this.rowsRead) {
			throw new InputException(String.format(
					"%s: %d of %d rows rejected (%.1f %%), more than the allowed %.1f %% (annualstats.reject-threshold); first: %s",
					this.displayName, this.rowsRejected, this.rowsRead, 100.0 * this.rowsRejected / this.rowsRead,
					100 * this.rejectThreshold, this.firstReject));
		}
		for (ControlTotal declared : this.declaredTotals) {
			sink.controlTotal(new ControlTotal(declared.source(), declared.file(), declared.rowNo(), declared.field(),
					declared.declared(), this.sums.getOrDefault(declared.field(), BigDecimal.ZERO),
					this.rowsRejected > 0));
		}
		var format = this.cursor.format();
		// the size and digest of the bytes the rows came from, should the file have changed since it was listed
		return new FileReport(this.source.id(), this.fileSeq, this.displayName, this.input.size(),
				this.input.sha256(), format.encoding(), format.delimiter(), format.sheet(), this.headerRow,
				this.rowsRead, this.rowsRead - this.rowsRejected, this.rowsRejected, 0, 0, this.header.unknown());
	}

	/** Work on the open file, with read failures reported as the file's. */
	private <T> T readFile(FileWork<T> work) {
		try {
			return work.run();
		}
		catch (InputException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new InputException(this.displayName + ": cannot be read as " + extension(this.file) + " ("
					+ oneLine(ex.getMessage()) + ")", ex);
		}
	}

	@FunctionalInterface
	private interface FileWork<T> {

		T run() throws IOException;

	}

	private void checkSheetName(String name) {
		if (name != null && name.length() > MAX_SHEET_NAME) {
			throw new InputException(this.displayName + ": the sheet name is " + name.length()
					+ " characters long, more than the " + MAX_SHEET_NAME + " the store keeps; rename the sheet");
		}
	}

	private void findHeader() throws IOException {
		while (this.header == null && this.cursor.next()) {
			this.position = this.cursor.rowNumber();
			Header candidate = this.matcher.match(this.cursor.cells());
			if (candidate.hasAllRequired(this.source)) {
				if (!candidate.repeated().isEmpty()) {
					throw twoColumnsForOneField(candidate, candidate.repeated().get(0));
				}
				this.header = candidate;
				this.headerRow = this.position;
				this.validator = new RowValidator(this.source, this.enums, candidate, this.cursor.date1904());
			}
			else if (this.bestCandidate == null
					|| candidate.columns().size() > this.bestCandidate.columns().size()) {
				this.bestCandidate = candidate;
			}
			if (this.header == null && this.position >= HEADER_SEARCH_ROWS) {
				break;
			}
		}
		if (this.header == null) {
			throw missingHeader();
		}
	}

	/** The next data row; blank rows are passed over and totals rows kept as declared totals. */
	private FileRow nextRow() throws IOException {
		while (this.cursor.next()) {
			this.position = this.cursor.rowNumber();
			List<String> cells = this.cursor.cells();
			String first = firstNonEmpty(cells);
			if (first == null) {
				continue;
			}
			if (mayNameTotals(first) && TOTALS_LABELS.contains(TextNormalizer.normalize(first))) {
				readTotals(this.position, cells);
				continue;
			}
			return new FileRow(this.position, cells);
		}
		return null;
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

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot) : "an export file";
	}

}
