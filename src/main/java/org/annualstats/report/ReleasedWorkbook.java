package org.annualstats.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.annualstats.metrics.MemberLabels;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Marks the copy of a published workbook as a released edition: the cover's draft mark becomes
 * the edition ("正式版 第2版"), a revision names the edition it replaces beneath it and adds to
 * the notes (the last sheet) a table of every figure that changed since that edition. Everything
 * else stays as published. The words are in the workbook's own language, told by its draft mark.
 */
@Component
public class ReleasedWorkbook {

	private static final Pattern SHEET_NUMBER = Pattern.compile("\\d+");

	private final MetricCatalogue catalogue;

	private final MemberLabels memberLabels;

	public ReleasedWorkbook(MetricCatalogue catalogue, MemberLabels memberLabels) {
		this.catalogue = catalogue;
		this.memberLabels = memberLabels;
	}

	/** A figure of the edition replaced and of the new one; {@code null} where a run has no such figure. */
	public record RevisedFigure(String metricId, String dimension, String member, BigDecimal from, BigDecimal to) {
	}

	/** What a revision replaces, and the figures that changed since. */
	public record Revision(int replaces, String replacedRunId, List<RevisedFigure> figures) {
	}

	/**
	 * @param revision {@code null} for the first edition of the year
	 * @throws IllegalStateException when the cover carries no draft mark, so it is no published draft
	 */
	public void mark(Path workbook, int year, int edition, String runId, Revision revision) {
		try (XSSFWorkbook book = read(workbook)) {
			Sheet cover = book.getSheetAt(0);
			for (Labels labels : List.of(new Labels(Locale.ROOT), new Labels(Locale.ENGLISH))) {
				Cell draft = find(cover, labels.get("edition.draft"));
				if (draft != null) {
					// the streamed workbook keeps text inline, where POI would change only a cached value
					draft.setBlank();
					draft.setCellValue(labels.get("edition.official", edition));
					// an edition is issued when it is released, not when its draft was written
					String issued = labels.get("labelled", labels.get("cover.issued"), "");
					Cell date = findStarting(cover, issued);
					if (date != null) {
						date.setBlank();
						date.setCellValue(issued + labels.date(LocalDate.now()));
					}
					if (revision != null) {
						WorkbookStyles styles = new WorkbookStyles(book, labels);
						replaces(cover, draft, labels.get("edition.replaces", revision.replaces()), styles);
						revisions(book, book.getSheetAt(book.getNumberOfSheets() - 1), year, edition, runId, revision,
								labels, styles);
					}
					try (OutputStream out = Files.newOutputStream(workbook)) {
						book.write(out);
					}
					return;
				}
			}
			throw new IllegalStateException(workbook + " has no draft mark on its cover to turn into an edition");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot mark " + workbook + " as edition " + edition, ex);
		}
	}

	private static XSSFWorkbook read(Path workbook) throws IOException {
		// read whole, not opened on the file: the file is written back in place
		try (InputStream in = Files.newInputStream(workbook)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Cell find(Sheet sheet, String text) {
		return first(sheet, text::equals);
	}

	private static Cell findStarting(Sheet sheet, String start) {
		return first(sheet, (text) -> text.startsWith(start));
	}

	private static Cell first(Sheet sheet, Predicate<String> matches) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && matches.test(cell.getStringCellValue())) {
					return cell;
				}
			}
		}
		return null;
	}

	/** On the empty line under the edition, across the same columns. */
	private static void replaces(Sheet cover, Cell edition, String text, WorkbookStyles styles) {
		Row row = cover.getRow(edition.getRowIndex() + 1);
		CellRangeAddress across = cover.getMergedRegions()
			.stream()
			.filter((region) -> region.isInRange(edition))
			.findFirst()
			.orElse(new CellRangeAddress(edition.getRowIndex(), edition.getRowIndex(), edition.getColumnIndex(),
					edition.getColumnIndex()));
		for (int column = across.getFirstColumn(); column <= across.getLastColumn(); column++) {
			row.createCell(column).setCellStyle(styles.coverLine);
		}
		row.getCell(across.getFirstColumn()).setCellValue(text);
		if (across.getLastColumn() > across.getFirstColumn()) {
			cover.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), across.getFirstColumn(),
					across.getLastColumn()));
		}
	}

	/** The next numbered table of the notes: metric, member, unit, the figure in either edition. */
	private void revisions(XSSFWorkbook book, Sheet notes, int year, int edition, String runId, Revision revision,
			Labels labels, WorkbookStyles styles) {
		int columns = ExplanationSheets.GRID.length;
		Map<String, MetricDefinition> metrics = this.catalogue.metrics()
			.stream()
			.collect(Collectors.toMap(MetricDefinition::id, Function.identity()));
		// the workbook's language, which need not be this process's
		Map<String, String> memberLabels = this.memberLabels.labels(year, labels.english());
		SheetWriter out = SheetWriter.below(notes, styles, ExplanationSheets.GRID);
		String number = nextTableNumber(notes, labels);
		String organisation = labels.get("organisation.line", book.getProperties().getCoreProperties().getCreator());
		out.tableTitle(number, labels.get("table.revisions", edition, revision.replaces()), organisation, null,
				columns, Math.max(1, revision.figures().size()));
		out.header(labels.get("column.metric"), labels.get("column.member"), labels.get("column.unit"),
				labels.get("column.edition", revision.replaces()), null, labels.get("column.edition", edition), null);
		if (revision.figures().isEmpty()) {
			out.row().text(0, columns - 1, labels.get("revisions.none", revision.replaces()), styles.text);
		}
		for (RevisedFigure figure : revision.figures()) {
			MetricDefinition metric = metrics.get(figure.metricId());
			String name = (metric != null) ? labels.metric(metric) : figure.metricId();
			String member = Publication.memberName(figure.metricId(), figure.dimension(), figure.member(),
					memberLabels, labels);
			out.row(Math.max(out.lines(name, 0, 0), out.lines(member, 1, 1)))
				.text(0, name, styles.wrapped)
				.text(1, member, styles.wrapped)
				.text(2, (metric != null) ? labels.unit(metric) : "", styles.centred);
			figure(out, 3, metric, figure.from(), styles);
			figure(out, 5, metric, figure.to(), styles);
		}
		out.endTable(List.of(), labels.get("sources.line", labels.get("sources.revisions", revision.replaces(),
				revision.replacedRunId(), edition, runId)), columns);
	}

	/** A figure over two columns as the tables show it; "—" where the run has none. */
	private static void figure(SheetWriter out, int column, MetricDefinition metric, BigDecimal value,
			WorkbookStyles styles) {
		if (value == null) {
			out.text(column, column + 1, "—", styles.centred);
		}
		else if (metric == null) {
			out.number(column, column + 1, value, styles.count);
		}
		else {
			out.number(column, column + 1, FigureSheets.shown(metric, value), styles.figure(metric));
		}
	}

	/** 附表10-5 after 附表10-1 … 附表10-4: the sheet's 表号 with the next free number. */
	private static String nextTableNumber(Sheet notes, Labels labels) {
		Matcher sheetNumber = SHEET_NUMBER.matcher(notes.getSheetName());
		String prefix = labels.get("table.number", sheetNumber.find() ? Integer.parseInt(sheetNumber.group()) : 0)
				+ "-";
		int last = 0;
		for (Row row : notes) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(prefix)
					&& cell.getStringCellValue().substring(prefix.length()).matches("\\d+")) {
				last = Math.max(last, Integer.parseInt(cell.getStringCellValue().substring(prefix.length())));
			}
		}
		return prefix + (last + 1);
	}

}
