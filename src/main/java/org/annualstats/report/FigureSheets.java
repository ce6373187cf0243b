package org.annualstats.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;
import org.annualstats.report.ChartRenderer.Chart;
import org.annualstats.report.ChartRenderer.Kind;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The sheets of figures: the headline table, one sheet per area with its monthly breakdown and
 * charts, and the year-over-year analysis with its charts.
 */
class FigureSheets {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Figures whose change the year-over-year chart shows: one or two per area, unambiguous alone. */
	private static final List<String> CHANGE_CHART_METRICS = List.of("inspection.filed.cases",
			"inspection.resolved.cases", "inspection.resolved.migrant_workers", "inspection.resolved.recovered_yuan",
			"review.received", "litigation.cases", "permit.applications", "permit.online", "commitment.cases");

	/** Figures drawn in the multi-year trend: counts of comparable size. */
	private static final List<String> TREND_METRICS = List.of("commitment.cases", "inspection.resolved.cases",
			"permit.online");

	private final Publication publication;

	private final Labels labels;

	private final WorkbookStyles styles;

	private final ChartSink charts;

	/** Receives each chart: it is written to {@code charts/} and embedded in the sheet. */
	@FunctionalInterface
	interface ChartSink {

		byte[] add(Chart chart);

	}

	FigureSheets(Publication publication, Labels labels, WorkbookStyles styles, ChartSink charts) {
		this.publication = publication;
		this.labels = labels;
		this.styles = styles;
		this.charts = charts;
	}

	void headline(SheetWriter out, String sheetName) {
		out.title(sheetName + "（" + year() + "年）");
		figureTable(out, (row) -> row.metric().headline());
	}

	void area(SheetWriter out, String sheetName, String area) {
		out.title(sheetName + "（" + year() + "年）");
		figureTable(out, (row) -> row.metric().area().equals(area));
		List<MetricDefinition> monthly = dimensioned(area, "month");
		if (!monthly.isEmpty()) {
			out.blankRow().caption(this.labels.get("table.monthly"));
			monthlyTable(out, monthly);
		}
		for (MetricDefinition breakdown : dimensionedOtherThanMonth(area)) {
			out.blankRow().caption(this.labels.get("table.breakdown", this.labels.metric(breakdown)));
			breakdownTable(out, breakdown);
		}
		out.blankRow();
		if (!monthly.isEmpty()) {
			picture(out, monthlyChart(area, monthly.get(0)));
		}
		for (MetricDefinition breakdown : dimensionedOtherThanMonth(area)) {
			picture(out, breakdownChart(area, breakdown));
		}
	}

	void yearOverYear(SheetWriter out, String sheetName) {
		out.title(sheetName + "（" + year() + "年与" + (year() - 1) + "年）");
		out.header(this.labels.get("column.metric"), this.labels.get("column.dimension"),
				this.labels.get("column.member"), this.labels.get("column.unit"), this.labels.year(year()),
				this.labels.year(year() - 1), this.labels.get("column.change"), this.labels.get("column.changeRatio"),
				this.labels.get("column.note"));
		for (MetricRow row : this.publication.rows()) {
			MetricDefinition metric = row.metric();
			out.row()
				.text(0, this.labels.metric(metric))
				.text(1, row.dimension())
				.text(2, row.member())
				.text(3, this.labels.unit(metric));
			figures(out, 4, row);
		}
		out.blankRow();
		picture(out, changeChart());
		if (this.publication.history().size() > 2) {
			picture(out, trendChart());
		}
	}

	private void picture(SheetWriter out, Chart chart) {
		out.picture(this.charts.add(chart), chart.height());
	}

	/** 序号, 指标, 单位, this year, last year, change, change ratio, note. */
	private void figureTable(SheetWriter out, Predicate<MetricRow> filter) {
		out.header(this.labels.get("column.number"), this.labels.get("column.metric"), this.labels.get("column.unit"),
				this.labels.year(year()), this.labels.year(year() - 1), this.labels.get("column.change"),
				this.labels.get("column.changeRatio"), this.labels.get("column.note"));
		int number = 1;
		for (MetricRow row : this.publication.rows()) {
			if (row.dimension().isEmpty() && filter.test(row)) {
				out.row()
					.number(0, BigDecimal.valueOf(number++), this.styles.count)
					.text(1, this.labels.metric(row.metric()))
					.text(2, this.labels.unit(row.metric()));
				figures(out, 3, row);
			}
		}
	}

	/** Value, previous, change, change ratio and note from {@code column} on. */
	private void figures(SheetWriter out, int column, MetricRow row) {
		MetricDefinition metric = row.metric();
		out.number(column, shown(metric, row.value()), this.styles.figure(metric))
			.number(column + 1, shown(metric, row.previous()), this.styles.figure(metric))
			.number(column + 2, shown(metric, row.change()), this.styles.figure(metric))
			.number(column + 3, metric.isRate() ? null : row.changeRatio(), this.styles.signedPercent)
			.note(column + 4, explanation(row));
	}

	private void monthlyTable(SheetWriter out, List<MetricDefinition> monthly) {
		List<String> header = new ArrayList<>(List.of(this.labels.get("column.month")));
		for (MetricDefinition metric : monthly) {
			header.add(this.labels.metric(metric) + " " + this.labels.year(year()));
			header.add(this.labels.metric(metric) + " " + this.labels.year(year() - 1));
		}
		out.subHeader(header.toArray(String[]::new));
		BigDecimal[] totals = new BigDecimal[monthly.size() * 2];
		for (int month = 1; month <= 12; month++) {
			String member = String.format("%02d", month);
			out.row().text(0, month + "月");
			for (int m = 0; m < monthly.size(); m++) {
				MetricRow row = find(monthly.get(m), member);
				out.number(1 + 2 * m, row.value(), this.styles.count)
					.number(2 + 2 * m, row.previous(), this.styles.count);
				totals[2 * m] = add(totals[2 * m], row.value());
				totals[2 * m + 1] = add(totals[2 * m + 1], row.previous());
			}
		}
		out.row().text(0, this.labels.get("column.total"));
		for (int i = 0; i < totals.length; i++) {
			out.number(1 + i, totals[i], this.styles.count);
		}
	}

	private void breakdownTable(SheetWriter out, MetricDefinition metric) {
		out.subHeader(this.labels.get("column.member"), this.labels.year(year()), this.labels.year(year() - 1),
				this.labels.get("column.change"), this.labels.get("column.changeRatio"), this.labels.get("column.note"));
		for (MetricRow row : rowsOf(metric)) {
			out.row().text(0, this.publication.memberName(row));
			figures(out, 1, row);
		}
	}

	private Chart monthlyChart(String area, MetricDefinition metric) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int month = 1; month <= 12; month++) {
			MetricRow row = find(metric, String.format("%02d", month));
			String category = this.labels.get("axis.month").equals("月份") ? month + "月" : String.valueOf(month);
			data.addValue(row.value(), this.labels.year(year()), category);
			if (row.previous() != null) {
				data.addValue(row.previous(), this.labels.year(year() - 1), category);
			}
		}
		return new Chart(area + "-monthly", Kind.LINE,
				this.labels.get("chart.monthly", this.labels.metric(definition(monthlyBase(metric))), String.valueOf(year()),
						String.valueOf(year() - 1)),
				this.labels.get("axis.month"), this.labels.get("axis.count"), data);
	}

	private Chart breakdownChart(String area, MetricDefinition metric) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (MetricRow row : rowsOf(metric)) {
			String member = this.publication.memberLabels().getOrDefault(metric.id() + "|" + row.member(),
					row.member());
			data.addValue(row.value(), this.labels.year(year()), member);
			if (row.previous() != null) {
				data.addValue(row.previous(), this.labels.year(year() - 1), member);
			}
		}
		String suffix = metric.id().substring(metric.id().lastIndexOf('.') + 1);
		Kind kind = (data.getColumnCount() > 6) ? Kind.HORIZONTAL_BAR : Kind.BAR;
		return new Chart(area + "-" + suffix.replace('_', '-'), kind,
				this.labels.get("chart.breakdown", this.labels.metric(metric), String.valueOf(year())),
				this.labels.get("column.member"), this.labels.get("axis.count"), data);
	}

	/** Change ratio of the main figures that have a previous value. */
	private Chart changeChart() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (MetricRow row : this.publication.rows()) {
			if (CHANGE_CHART_METRICS.contains(row.metric().id()) && row.dimension().isEmpty()
					&& row.changeRatio() != null) {
				data.addValue(row.changeRatio().multiply(HUNDRED), this.labels.get("column.changeRatio"),
						this.labels.metric(row.metric()));
			}
		}
		return new Chart("year-over-year", Kind.HORIZONTAL_BAR,
				this.labels.get("chart.yoy", String.valueOf(year()), String.valueOf(year() - 1)),
				this.labels.get("column.metric"), this.labels.get("axis.changeRatio"), data);
	}

	private Chart trendChart() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		this.publication.history().forEach((year, values) -> {
			for (MetricValue value : values) {
				if (value.dimension().isEmpty() && TREND_METRICS.contains(value.metricId())) {
					data.addValue(value.value(), this.labels.metric(definition(value.metricId())), String.valueOf(year));
				}
			}
		});
		return new Chart("trend", Kind.LINE, this.labels.get("chart.trend"), this.labels.get("axis.year"),
				this.labels.get("axis.count"), data);
	}

	/** {@code commitment.cases.by_month} breaks down {@code commitment.cases}. */
	private static String monthlyBase(MetricDefinition monthly) {
		return monthly.id().substring(0, monthly.id().length() - ".by_month".length());
	}

	private List<MetricDefinition> dimensioned(String area, String dimension) {
		Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
		for (MetricRow row : this.publication.rows()) {
			if (row.metric().area().equals(area) && row.dimension().equals(dimension)) {
				metrics.put(row.metric().id(), row.metric());
			}
		}
		return List.copyOf(metrics.values());
	}

	private List<MetricDefinition> dimensionedOtherThanMonth(String area) {
		Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
		for (MetricRow row : this.publication.rows()) {
			if (row.metric().area().equals(area) && !row.dimension().isEmpty() && !row.dimension().equals("month")) {
				metrics.put(row.metric().id(), row.metric());
			}
		}
		return List.copyOf(metrics.values());
	}

	private List<MetricRow> rowsOf(MetricDefinition metric) {
		return this.publication.rows().stream().filter((r) -> r.metric().equals(metric)).toList();
	}

	private MetricRow find(MetricDefinition metric, String member) {
		return rowsOf(metric).stream()
			.filter((r) -> r.member().equals(member))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(metric.id() + " has no member " + member));
	}

	private MetricDefinition definition(String metricId) {
		return this.publication.rows()
			.stream()
			.map(MetricRow::metric)
			.filter((m) -> m.id().equals(metricId))
			.findFirst()
			.orElseThrow();
	}

	/** "为上年的8.0倍" where a multiple reads better, then the coverage note. */
	private String explanation(MetricRow row) {
		StringBuilder text = new StringBuilder();
		BigDecimal multiple = row.multiple();
		if (multiple != null) {
			text.append(this.labels.get("multiple", multiple.toPlainString()));
		}
		if (row.note() != null) {
			text.append(text.isEmpty() ? "" : "；").append(row.note());
		}
		return text.toString();
	}

	/** Money is shown in 万元. */
	private static BigDecimal shown(MetricDefinition metric, BigDecimal value) {
		return (value != null && metric.isMoney()) ? value.divide(TEN_THOUSAND, 6, RoundingMode.HALF_UP) : value;
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

}
