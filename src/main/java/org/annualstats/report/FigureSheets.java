package org.annualstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.report.ChartRenderer.Chart;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The sheets of figures: the one-page summary for leaders, the headline table grouped by area,
 * one sheet per area (its figures, the months against the previous year, breakdowns, charts), the
 * year-over-year table and the detail of every breakdown. Every table is framed as a Chinese
 * statistical table: 表号, title, 编制单位 and 计量单位 above; numbered notes and sources below.
 */
class FigureSheets {

	/** The grid of every figure sheet: a label column and eight columns of figures. */
	static final int[] GRID = { 36, 11, 11, 11, 15, 11, 11, 11, 11 };

	/** The summary page: twelve narrow columns, two per key figure, six figures a row. */
	static final int[] SUMMARY_GRID = { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };

	private static final int FIGURE_COLUMNS = 9;

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Publication publication;

	private final Labels labels;

	private final WorkbookStyles styles;

	private final Charts charts;

	private final ChartSink sink;

	/** Receives each chart: it is written to {@code charts/} and embedded in the sheet. */
	@FunctionalInterface
	interface ChartSink {

		Picture add(Chart chart);

	}

	FigureSheets(Publication publication, Labels labels, WorkbookStyles styles, ChartSink sink) {
		this.publication = publication;
		this.labels = labels;
		this.styles = styles;
		this.charts = new Charts(publication, labels);
		this.sink = sink;
	}

	/** 领导摘要: the key figures as large numbers with their change, and two charts, on one page. */
	void summary(SheetWriter out, String title) {
		out.line(30).text(0, SUMMARY_GRID.length - 1, this.labels.get("summary.title", title, year()),
				this.styles.title);
		out.line(SheetWriter.ROW_HEIGHT)
			.text(0, SUMMARY_GRID.length - 1, organisationLine() + "    " + this.labels.get("labelled",
					this.labels.get("cover.asOf"), this.labels.date(this.publication.run().asOf())),
					this.styles.unitLeft);
		List<MetricRow> key = this.publication.rows()
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().summary() > 0)
			.sorted((a, b) -> Integer.compare(a.metric().summary(), b.metric().summary()))
			.toList();
		int perLine = SUMMARY_GRID.length / 2;
		for (int first = 0; first < key.size(); first += perLine) {
			List<MetricRow> tiles = key.subList(first, Math.min(key.size(), first + perLine));
			out.line(8);
			out.line(40);
			for (int i = 0; i < tiles.size(); i++) {
				out.text(2 * i, 2 * i + 1, tileLabel(tiles.get(i).metric()), this.styles.kpiLabel);
			}
			out.line(28);
			for (int i = 0; i < tiles.size(); i++) {
				MetricRow row = tiles.get(i);
				out.number(2 * i, 2 * i + 1, shown(row.metric(), row.value()), this.styles.kpi(row.metric()));
			}
			out.line(SheetWriter.ROW_HEIGHT);
			for (int i = 0; i < tiles.size(); i++) {
				MetricRow row = tiles.get(i);
				out.text(2 * i, 2 * i + 1, this.labels.get("summary.previous",
						(row.previous() != null) ? Numbers.shown(row.metric(), row.previous()) : "—", year() - 1),
						this.styles.kpiFlat);
			}
			out.line(SheetWriter.ROW_HEIGHT);
			for (int i = 0; i < tiles.size(); i++) {
				MetricRow row = tiles.get(i);
				out.text(2 * i, 2 * i + 1, Numbers.arrow(row, this.labels), arrowStyle(row));
			}
		}
		out.line(8);
		// the change chart has long labels on its bars: it gets seven of the twelve columns
		int height = 240;
		out.pictures(7, this.sink.add(this.charts.change("summary-change", 520, height)),
				this.sink.add(this.charts.yearsCompared("summary-years", 360, height)));
	}

	/** The label of a tile, its unit on a line of its own when the two do not fit on one. */
	private String tileLabel(MetricDefinition metric) {
		String label = this.labels.metric(metric);
		String unit = this.labels.get("tile.unit", this.labels.unit(metric));
		int width = SUMMARY_GRID[0] + SUMMARY_GRID[1] - 1;
		return label + ((SheetWriter.displayWidth(label + unit) > width) ? "\n" : "") + unit;
	}

	/** 附表1: the headline figures, grouped under one section row per area, 其中 rows indented. */
	void headline(SheetWriter out, String number, String title) {
		List<MetricRow> rows = this.publication.rows()
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().headline())
			.toList();
		long sections = rows.stream().map((row) -> row.metric().area()).distinct().count();
		out.tableTitle(number, title, organisationLine(), null, FIGURE_COLUMNS, rows.size() + (int) sections);
		figureHeader(out, true);
		Notes notes = new Notes();
		int section = 0;
		for (Area area : this.publication.areas()) {
			List<MetricRow> inArea = rows.stream().filter((row) -> row.metric().area().equals(area.id())).toList();
			if (inArea.isEmpty()) {
				continue;
			}
			out.row().text(0, FIGURE_COLUMNS - 1, this.labels.get("section." + (++section), this.labels.area(area)),
					this.styles.section);
			inArea.forEach((row) -> figureRow(out, row, label(row, rows), indent(row, rows), notes));
		}
		out.endTable(notes.texts(this.labels), sourcesLine(rows), FIGURE_COLUMNS);
	}

	/** 附表N: an area's figures, its months against the previous year, its breakdowns and charts. */
	void area(SheetWriter out, Area area, int sheetNumber, String sheetName) {
		String prefix = this.labels.get("table.number", sheetNumber) + "-";
		int table = 0;
		List<MetricRow> figures = this.publication.rows()
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().area().equals(area.id()))
			.toList();
		out.tableTitle(prefix + (++table), this.labels.get("table.area.figures", sheetName, year()),
				organisationLine(), null, FIGURE_COLUMNS, figures.size());
		figureHeader(out, true);
		Notes notes = new Notes();
		figures.forEach((row) -> figureRow(out, row, label(row, figures), indent(row, figures), notes));
		out.endTable(notes.texts(this.labels), sourcesLine(figures), FIGURE_COLUMNS);

		List<MetricDefinition> monthly = dimensioned(area.id(), (dimension) -> dimension.equals("month"));
		if (!monthly.isEmpty()) {
			monthlyTable(out, prefix + (++table), sheetName, monthly);
			for (MetricDefinition charted : monthly) {
				if (charted.onChart("monthly")) {
					out.picture(this.sink.add(this.charts.monthly(area.id(), charted)));
				}
			}
		}
		for (MetricDefinition breakdown : dimensioned(area.id(), (dimension) -> !dimension.equals("month"))) {
			breakdownTable(out, prefix + (++table), breakdown);
			out.picture(this.sink.add(this.charts.breakdown(area.id(), breakdown)));
		}
	}

	/** 附表7: one row per headline figure against the previous year, the change chart, the trend. */
	void yearOverYear(SheetWriter out, String number, String title) {
		List<MetricRow> rows = this.publication.rows()
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().headline())
			.toList();
		out.tableTitle(number, title, organisationLine(), null, FIGURE_COLUMNS, rows.size());
		figureHeader(out, true);
		Notes notes = new Notes();
		rows.forEach((row) -> figureRow(out, row, this.labels.metric(row.metric()), 0, notes));
		out.endTable(notes.texts(this.labels), sourcesLine(rows), FIGURE_COLUMNS);
		out.picture(this.sink.add(this.charts.change("year-over-year", ChartRenderer.WIDTH, ChartRenderer.HEIGHT)));
		if (this.publication.history().size() > 2) {
			out.picture(this.sink.add(this.charts.trend()));
		}
	}

	/** 附表8: every breakdown member (months, items, decisions) against the previous year. */
	void detail(SheetWriter out, String number, String title) {
		List<MetricRow> rows = this.publication.rows().stream().filter((row) -> !row.dimension().isEmpty()).toList();
		long sections = rows.stream().map(MetricRow::metric).distinct().count();
		out.tableTitle(number, title, organisationLine(), null, FIGURE_COLUMNS, rows.size() + (int) sections);
		figureHeader(out, false);
		out.freezeBelowHeader();
		Notes notes = new Notes();
		MetricDefinition current = null;
		for (MetricRow row : rows) {
			if (!row.metric().equals(current)) {
				current = row.metric();
				out.row().text(0, FIGURE_COLUMNS - 1, this.labels.metric(current), this.styles.section);
			}
			figureRow(out, row, this.publication.memberName(row, this.labels), 1, notes);
		}
		out.endTable(notes.texts(this.labels), sourcesLine(rows), FIGURE_COLUMNS);
	}

	/** 指标 | 计量单位 | 本年 | 上年 | 增减 | 增减率 | 备注 (over the last three columns). */
	private void figureHeader(SheetWriter out, boolean metric) {
		out.header(this.labels.get(metric ? "column.metric" : "column.member"), this.labels.get("column.unit"),
				this.labels.year(year()), this.labels.year(year() - 1), this.labels.get("column.change"),
				this.labels.get("column.changeRatio"), this.labels.get("column.note"), null, null);
	}

	private void figureRow(SheetWriter out, MetricRow row, String label, int indent, Notes notes) {
		MetricDefinition metric = row.metric();
		List<String> remarks = new ArrayList<>();
		BigDecimal multiple = row.multiple();
		if (multiple != null) {
			remarks.add(this.labels.multiple(multiple));
		}
		if (metric.isRate()) {
			String[] parts = metric.ratioParts();
			remarks.add(notes.mark(this.labels.get("note.rate", this.labels.metric(metric),
					this.labels.metric(this.publication.metric(parts[0])),
					this.labels.metric(this.publication.metric(parts[1]))), this.labels));
		}
		String explanation = this.publication.explanation(row, this.labels);
		if (explanation != null) {
			remarks.add(notes.mark(explanation, this.labels));
		}
		if (row.unlikeCoverage() != null) {
			remarks.add(notes.mark(this.labels.coverageNote(row.unlikeCoverage()), this.labels));
		}
		String remark = String.join(this.labels.get("separator"), remarks);
		out.row(Math.max(out.lines(label, 0, 0), out.lines(remark, 6, 8)))
			.text(0, label, (indent == 0) ? this.styles.text : this.styles.indented[Math.min(indent, 3) - 1])
			.text(1, this.labels.unit(metric), this.styles.centred)
			.number(2, shown(metric, row.value()), this.styles.figure(metric))
			.number(3, shown(metric, row.previous()), this.styles.figure(metric))
			.number(4, metric.isRate() ? hundredfold(row.change()) : shown(metric, row.change()),
					this.styles.change(metric))
			.number(5, metric.isRate() ? null : row.changeRatio(), this.styles.signedPercent)
			.text(6, 8, remark, this.styles.wrapped);
	}

	/** 月份 | per monthly figure: this year, last year; "—" where the source does not cover a month. */
	private void monthlyTable(SheetWriter out, String number, String sheetName, List<MetricDefinition> monthly) {
		out.tableTitle(number, this.labels.get("table.area.monthly", sheetName, year(), year() - 1),
				organisationLine(), this.labels.get("unit.line", this.labels.unit(monthly.get(0))),
				1 + 2 * monthly.size(), 13);
		String[] top = new String[1 + 2 * monthly.size()];
		String[] bottom = new String[top.length];
		top[0] = this.labels.get("column.month");
		for (int m = 0; m < monthly.size(); m++) {
			top[1 + 2 * m] = this.labels.metric(this.publication.metric(monthlyBase(monthly.get(m))));
			bottom[1 + 2 * m] = this.labels.year(year());
			bottom[2 + 2 * m] = this.labels.year(year() - 1);
		}
		out.header(top, bottom);
		BigDecimal[] totals = new BigDecimal[2 * monthly.size()];
		Notes notes = new Notes();
		for (int month = 1; month <= 12; month++) {
			out.row().text(0, this.labels.month(month), this.styles.centred);
			for (int m = 0; m < monthly.size(); m++) {
				MetricRow row = this.publication.row(monthly.get(m), String.format("%02d", month));
				Coverage coverage = this.publication.coverage().get(row.metric().source());
				monthCell(out, 1 + 2 * m, row.value(), coverage == null || coverage.covers(year(), month));
				monthCell(out, 2 + 2 * m, row.previous(), coverage == null || coverage.covers(year() - 1, month));
				totals[2 * m] = add(totals[2 * m], row.value());
				totals[2 * m + 1] = add(totals[2 * m + 1], row.previous());
				if (row.unlikeCoverage() != null) {
					notes.mark(this.labels.coverageNote(row.unlikeCoverage()) + this.labels.get("note.dash"),
							this.labels);
				}
			}
		}
		out.row().text(0, this.labels.get("column.total"), this.styles.section);
		for (int i = 0; i < totals.length; i++) {
			out.number(1 + i, totals[i], this.styles.count);
		}
		out.endTable(notes.texts(this.labels), sourcesLine(monthly), top.length);
	}

	private void monthCell(SheetWriter out, int column, BigDecimal value, boolean covered) {
		if (value == null || !covered) {
			out.dash(column);
		}
		else {
			out.number(column, value, this.styles.count);
		}
	}

	/** 项目 | 计量单位 | 本年 | 上年 | 增减 | 增减率 | 备注, largest first. */
	private void breakdownTable(SheetWriter out, String number, MetricDefinition metric) {
		List<MetricRow> rows = this.charts.largestFirst(metric);
		out.tableTitle(number, this.labels.get("table.area.breakdown", this.labels.metric(metric), year()),
				organisationLine(), null, FIGURE_COLUMNS, rows.size());
		figureHeader(out, false);
		Notes notes = new Notes();
		rows.forEach((row) -> figureRow(out, row, this.publication.memberName(row, this.labels), 0, notes));
		out.endTable(notes.texts(this.labels), sourcesLine(List.of(metric)), FIGURE_COLUMNS);
	}

	/** "其中：已结案" for the first part of a figure listed above it, the part's own label after that. */
	private String label(MetricRow row, List<MetricRow> table) {
		String label = this.labels.metric(row.metric());
		String parent = row.metric().parent();
		if (parent.isEmpty() || indent(row, table) == 0) {
			return label;
		}
		MetricRow firstPart = table.stream().filter((r) -> r.metric().parent().equals(parent)).findFirst().orElseThrow();
		return (firstPart == row) ? this.labels.get("of.which", label) : label;
	}

	/** How deep a figure sits under the figures it is part of, counting those in the table. */
	private int indent(MetricRow row, List<MetricRow> table) {
		int depth = 0;
		String parent = row.metric().parent();
		while (!parent.isEmpty()) {
			String id = parent;
			if (table.stream().anyMatch((r) -> r.metric().id().equals(id))) {
				depth++;
			}
			parent = this.publication.metric(id).parent();
		}
		return depth;
	}

	private List<MetricDefinition> dimensioned(String area, Predicate<String> dimension) {
		Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
		for (MetricRow row : this.publication.rows()) {
			if (row.metric().area().equals(area) && !row.dimension().isEmpty() && dimension.test(row.dimension())) {
				metrics.put(row.metric().id(), row.metric());
			}
		}
		return List.copyOf(metrics.values());
	}

	/** {@code commitment.cases.by_month} breaks down {@code commitment.cases}. */
	static String monthlyBase(MetricDefinition monthly) {
		return monthly.id().substring(0, monthly.id().length() - ".by_month".length());
	}

	private String organisationLine() {
		return this.labels.get("organisation.line", this.publication.bureauName());
	}

	private String sourcesLine(List<?> rowsOrMetrics) {
		List<String> names = new ArrayList<>();
		for (Object item : rowsOrMetrics) {
			MetricDefinition metric = (item instanceof MetricRow row) ? row.metric() : (MetricDefinition) item;
			String name = this.labels.get("source." + (metric.source().isEmpty() ? "reference" : metric.source()));
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		return this.labels.get("sources.line", String.join(this.labels.get("list.separator"), names));
	}

	private CellStyle arrowStyle(MetricRow row) {
		if (row.change() == null || row.change().signum() == 0) {
			return this.styles.kpiFlat;
		}
		return (row.change().signum() > 0) ? this.styles.kpiUp : this.styles.kpiDown;
	}

	/** Money is shown in 万元. */
	static BigDecimal shown(MetricDefinition metric, BigDecimal value) {
		return (value != null && metric.isMoney()) ? value.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP) : value;
	}

	/** A change of a rate in 百分点. */
	private static BigDecimal hundredfold(BigDecimal change) {
		return (change != null) ? change.multiply(HUNDRED) : null;
	}

	private static BigDecimal add(BigDecimal total, BigDecimal value) {
		if (value == null) {
			return total;
		}
		return (total == null) ? value : total.add(value);
	}

	private int year() {
		return this.publication.run().year();
	}

	/** The notes under one table: each text once, numbered in order of first use. */
	static final class Notes {

		private final List<String> texts = new ArrayList<>();

		/** "注1": the mark a row carries for this note. */
		String mark(String text, Labels labels) {
			int index = this.texts.indexOf(text);
			if (index < 0) {
				this.texts.add(text);
				index = this.texts.size() - 1;
			}
			return labels.get("note.mark", index + 1);
		}

		List<String> texts(Labels labels) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < this.texts.size(); i++) {
				lines.add(labels.get("note.line", i + 1, this.texts.get(i)));
			}
			return lines;
		}

	}

}
