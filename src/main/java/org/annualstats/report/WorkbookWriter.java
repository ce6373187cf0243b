package org.annualstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.annualstats.reconcile.FindingRepository;
import org.annualstats.store.ProvenanceRepository;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The statistical appendix (统计附表, SPEC §6), streamed with SXSSF: cover, contents, headline
 * table, one sheet per area, year over year, reconciliation and notes. Charts are written to
 * {@code charts/} and embedded in their sheets.
 */
class WorkbookWriter {

	/** The area sheets in the order of SPEC §6. */
	static final List<String> AREAS = List.of("inspection", "review", "litigation", "permit", "commitment");

	private final String bureauName;

	private final Locale locale;

	private final FindingRepository findings;

	private final ProvenanceRepository provenance;

	WorkbookWriter(String bureauName, Locale locale, FindingRepository findings, ProvenanceRepository provenance) {
		this.bureauName = bureauName;
		this.locale = locale;
		this.findings = findings;
		this.provenance = provenance;
	}

	void write(Path file, Path chartsFolder, Publication publication) {
		Labels labels = new Labels(this.locale);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			FigureSheets figures = new FigureSheets(publication, labels, styles, (chart) -> {
				byte[] png = ChartRenderer.png(chart);
				writeChart(chartsFolder.resolve(chart.name() + ".png"), png);
				return png;
			});
			ExplanationSheets explanations = new ExplanationSheets(publication, labels, styles, this.findings,
					this.provenance);
			List<Page> pages = new ArrayList<>();
			pages.add(new Page(labels.get("sheet.cover"), null, (out) -> cover(out, labels, publication)));
			pages.add(new Page(labels.get("sheet.contents"), null, (out) -> contents(out, labels, pages)));
			String headline = labels.get("sheet.headline");
			pages.add(new Page(headline, "contents.about.headline", (out) -> figures.headline(out, headline)));
			for (String area : AREAS) {
				String name = labels.get("sheet.area." + area);
				pages.add(new Page(name, "contents.about.area", (out) -> figures.area(out, name, area)));
			}
			String yoy = labels.get("sheet.yoy");
			pages.add(new Page(yoy, "contents.about.yoy", (out) -> figures.yearOverYear(out, yoy)));
			String reconciliation = labels.get("sheet.reconciliation");
			pages.add(new Page(reconciliation, "contents.about.reconciliation",
					(out) -> explanations.reconciliation(out, reconciliation)));
			String notes = labels.get("sheet.notes");
			pages.add(new Page(notes, "contents.about.notes", (out) -> explanations.notes(out, notes)));
			for (Page page : pages) {
				workbook.createSheet(page.name());
			}
			for (Page page : pages) {
				SheetWriter out = new SheetWriter(workbook.getSheet(page.name()), styles);
				page.content().accept(out);
				out.finish(publication.run().runId(), labels.get("footer.page"));
			}
			String title = labels.get("workbook.title", String.valueOf(publication.run().year()));
			var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setTitle(title);
			properties.setCreator(this.bureauName);
			properties.setDescription(this.bureauName + " " + title + " / run " + publication.run().runId());
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
	}

	/** A sheet: its name, what the contents say of it, and what fills it. */
	private record Page(String name, String aboutKey, Consumer<SheetWriter> content) {
	}

	private void cover(SheetWriter out, Labels labels, Publication publication) {
		RunSummary run = publication.run();
		out.title(this.bureauName).title(labels.get("workbook.title", String.valueOf(run.year()))).blankRow();
		out.row().text(0, labels.get("cover.asOf")).text(1, run.asOf().toString());
		out.row()
			.text(0, labels.get("cover.generated"))
			.text(1, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		out.row().text(0, labels.get("cover.runId")).text(1, run.runId());
		out.row()
			.text(0, labels.get("cover.previousRun"))
			.text(1, (run.previousRunId() != null) ? run.previousRunId() : labels.get("cover.previousRun.none"));
		out.row()
			.text(0, labels.get("cover.reconciliation"))
			.text(1, labels.get(run.reconciled() ? "cover.reconciled" : "cover.notReconciled"));
	}

	private static void contents(SheetWriter out, Labels labels, List<Page> pages) {
		out.title(labels.get("sheet.contents"));
		out.header(labels.get("column.number"), labels.get("contents.sheet"), labels.get("contents.about"));
		int number = 1;
		for (Page page : pages) {
			if (page.aboutKey() != null) {
				out.row()
					.number(0, java.math.BigDecimal.valueOf(number++), null)
					.link(1, page.name())
					.text(2, labels.get(page.aboutKey()));
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
