package org.annualstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.reconcile.FindingRepository;
import org.annualstats.store.ProvenanceRepository;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The statistical appendix (统计附表), streamed with SXSSF: cover, contents, the one-page summary,
 * the numbered tables (headline figures, one sheet per area, year over year, detail,
 * reconciliation, notes). Charts are written to {@code charts/} and embedded in their sheets.
 */
class WorkbookWriter {

	/** The grid of the cover: six equal columns across the page. */
	private static final int[] COVER_GRID = { 20, 20, 20, 20, 20, 20 };

	/** The grid of the narrative: one column as wide as the page. */
	private static final int[] NARRATIVE_GRID = { 124 };

	/** The grid of the contents: 序号, 表号, the linked name, what the table holds. */
	private static final int[] CONTENTS_GRID = { 8, 12, 30, 60 };

	private final Labels labels;

	private final ProblemTexts problems;

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	WorkbookWriter(Labels labels, ProblemTexts problems, FindingRepository findings, ProvenanceRepository provenance) {
		this.labels = labels;
		this.problems = problems;
		this.findings = findings;
		this.provenance = provenance;
	}

	/**
	 * Lays the sheets out while the charts render on threads of their own (their sizes are known
	 * ahead), then places the charts and writes the file.
	 */
	void write(Path file, Path chartsFolder, Publication publication, Narrative narrative) {
		ExecutorService renderers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
				(task) -> {
					Thread thread = new Thread(task, "chart-renderer");
					thread.setDaemon(true);
					return thread;
				});
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook, this.labels);
			FigureSheets figures = new FigureSheets(publication, this.labels, styles,
					(chart) -> new Picture(chart.width(), chart.height(), renderers.submit(() -> {
						byte[] png = ChartRenderer.png(chart);
						writeChart(chartsFolder.resolve(chart.name() + ".png"), png);
						return png;
					})));
			ExplanationSheets explanations = new ExplanationSheets(publication, this.labels, this.problems, styles,
					this.findings, this.provenance);
			List<Page> pages = pages(publication, figures, explanations, narrative);
			for (Page page : pages) {
				workbook.createSheet(page.sheetName());
			}
			String footer = this.labels.get("footer", publication.bureauName().replace("&", "&&"));
			List<SheetWriter> sheets = new ArrayList<>();
			for (Page page : pages) {
				SheetWriter out = new SheetWriter(workbook.getSheet(page.sheetName()), styles, page.grid());
				page.content().accept(out);
				out.finish(footer);
				sheets.add(out);
			}
			sheets.forEach(SheetWriter::placePictures);
			String title = this.labels.get("workbook.title", String.valueOf(publication.run().year()));
			var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setTitle(title);
			properties.setCreator(publication.bureauName());
			properties.setDescription(publication.bureauName() + " " + title + " / run " + publication.run().runId());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			finally {
				workbook.dispose();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		finally {
			renderers.shutdownNow();
		}
	}

	/**
	 * Writes a small workbook with a table and a chart to nowhere: the first workbook of a process
	 * spends most of its time loading the classes of POI, JFreeChart and Java 2D, which this does
	 * ahead, while the files are read.
	 */
	void rehearse() {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook, this.labels);
			DefaultCategoryDataset data = new DefaultCategoryDataset();
			data.addValue(1, "1", "1");
			ChartRenderer.Chart chart = new ChartRenderer.Chart("rehearsal", ChartRenderer.Kind.COLUMN, "1", "1", "1",
					data, 100);
			Picture picture = new Picture(chart.width(), chart.height(),
					CompletableFuture.completedFuture(ChartRenderer.png(chart)));
			SheetWriter out = new SheetWriter(workbook.createSheet("1"), styles, CONTENTS_GRID);
			out.tableTitle("1", "1", "1", "1", CONTENTS_GRID.length, 1).header("1", "2", "3", "4").row();
			out.text(0, "1").number(1, BigDecimal.ONE, styles.count).picture(picture).finish("1");
			out.placePictures();
			workbook.write(OutputStream.nullOutputStream());
			workbook.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a workbook", ex);
		}
	}

	/**
	 * A sheet: its name, its 表号 in the contents (empty for sheets that are not tables), what the
	 * contents say of it, its grid and what fills it.
	 */
	private record Page(String sheetName, String number, String title, String about, int[] grid,
			Consumer<SheetWriter> content) {
	}

	private List<Page> pages(Publication publication, FigureSheets figures, ExplanationSheets explanations,
			Narrative narrative) {
		List<Page> pages = new ArrayList<>();
		pages.add(new Page(this.labels.get("sheet.cover"), "", "", "", COVER_GRID,
				(out) -> cover(out, publication)));
		pages.add(new Page(this.labels.get("sheet.contents"), "", "", "", CONTENTS_GRID,
				(out) -> contents(out, pages)));
		String summary = this.labels.get("sheet.summary");
		pages.add(new Page(summary, "", summary, this.labels.get("contents.about.summary"), FigureSheets.SUMMARY_GRID,
				(out) -> figures.summary(out, summary)));
		int number = 1;
		pages.add(table(number++, "headline", FigureSheets.GRID,
				(n, title) -> (out) -> figures.headline(out, n, title)));
		for (Area area : publication.areas()) {
			int sheetNumber = number++;
			String title = this.labels.area(area);
			pages.add(new Page(sheetName(sheetNumber, title), tableNumber(sheetNumber), title,
					this.labels.get("contents.about.area"), FigureSheets.GRID,
					(out) -> figures.area(out, area, sheetNumber, title)));
		}
		pages.add(table(number++, "yoy", FigureSheets.GRID, (n, title) -> (out) -> figures.yearOverYear(out, n, title)));
		pages.add(table(number++, "detail", FigureSheets.GRID, (n, title) -> (out) -> figures.detail(out, n, title)));
		String narrativeSheet = this.labels.get("sheet.narrative");
		pages.add(new Page(narrativeSheet, "", narrativeSheet, this.labels.get("contents.about.narrative"),
				NARRATIVE_GRID, (out) -> narrative(out, narrative)));
		int reconciliation = number++;
		pages.add(table(reconciliation, "reconciliation", ExplanationSheets.GRID,
				(n, title) -> (out) -> explanations.reconciliation(out, reconciliation, title)));
		int notes = number++;
		pages.add(table(notes, "notes", ExplanationSheets.GRID,
				(n, title) -> (out) -> explanations.notes(out, notes, title)));
		return pages;
	}

	/** What fills a numbered table's sheet, given its 表号 and title. */
	@FunctionalInterface
	private interface TableContent {

		Consumer<SheetWriter> of(String number, String title);

	}

	private Page table(int number, String key, int[] grid, TableContent content) {
		String title = this.labels.get("table." + key);
		return new Page(sheetName(number, title), tableNumber(number), title,
				this.labels.get("contents.about." + key), grid, content.of(tableNumber(number), title));
	}

	private String tableNumber(int number) {
		return this.labels.get("table.number", number);
	}

	private String sheetName(int number, String title) {
		return tableNumber(number) + " " + title;
	}

	/** The cover: title in the upper third, the particulars centred, the run id in small print at the foot. */
	private void cover(SheetWriter out, Publication publication) {
		RunSummary run = publication.run();
		int last = COVER_GRID.length - 1;
		out.line(90);
		out.line(36).text(0, last, publication.bureauName(), out.styles().coverBureau);
		out.line(54).text(0, last, this.labels.get("workbook.title", String.valueOf(run.year())),
				out.styles().coverTitle);
		out.line(24);
		out.line(30).text(0, last, this.labels.get("edition.draft"), out.styles().coverEdition);
		out.line(40);
		coverLine(out, "cover.asOf", this.labels.date(run.asOf()));
		coverLine(out, "cover.organisation", publication.bureauName());
		coverLine(out, "cover.issued", this.labels.date(LocalDate.now()));
		coverLine(out, "cover.reconciliation",
				this.labels.get(run.reconciled() ? "cover.reconciled" : "cover.notReconciled"));
		out.fillPage(2 * 16);
		String previous = (run.previousRunId() != null) ? run.previousRunId()
				: this.labels.get("cover.previousRun.none");
		out.line(16).text(0, last, this.labels.get("cover.foot", run.runId(), previous,
				LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))), out.styles().smallPrint);
	}

	/** 文字说明: the title, then each area's heading and paragraph. */
	private void narrative(SheetWriter out, Narrative narrative) {
		int last = NARRATIVE_GRID.length - 1;
		out.line(30).text(0, last, narrative.title(), out.styles().title);
		narrative.numbered((heading, paragraph) -> {
			out.line(10);
			out.line(SheetWriter.ROW_HEIGHT).text(0, last, heading, out.styles().tableNumber);
			// one cell, wrapped by the spreadsheet program; a line more than counted, for its margins
			out.line((out.lines(paragraph, 0, last) + 1) * 16).text(0, last, paragraph, out.styles().paragraph);
		});
	}

	private void coverLine(SheetWriter out, String key, String value) {
		out.line(28).text(0, COVER_GRID.length - 1, this.labels.get("labelled", this.labels.get(key), value), out.styles().coverLine);
	}

	private void contents(SheetWriter out, List<Page> pages) {
		out.line(30).text(0, CONTENTS_GRID.length - 1, this.labels.get("sheet.contents"), out.styles().title);
		out.line(10);
		out.header(this.labels.get("column.number"), this.labels.get("column.tableNumber"),
				this.labels.get("column.name"), this.labels.get("contents.about"));
		int entry = 1;
		for (Page page : pages) {
			if (!page.about().isEmpty()) {
				out.row()
					.number(0, java.math.BigDecimal.valueOf(entry++), out.styles().centred)
					.text(1, page.number(), out.styles().centred)
					.link(2, page.title(), page.sheetName())
					.text(3, page.about());
			}
		}
	}

	private static void writeChart(Path file, byte[] png) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
