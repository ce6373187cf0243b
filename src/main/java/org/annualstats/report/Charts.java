package org.annualstats.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annualstats.metrics.Coverage;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;
import org.annualstats.report.ChartRenderer.Chart;
import org.annualstats.report.ChartRenderer.Kind;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * What each chart of the appendix shows: titles that name the years, value axes that name the
 * unit, bars largest first with the tail as 其他, gaps for months a source does not cover, and a
 * change chart that one extreme bar cannot flatten. Which figures go on the summary charts is
 * declared in the metric catalogue.
 */
final class Charts {

	/** Bars of a breakdown chart; the rest are summed as 其他. */
	static final int MAX_BARS = 15;

	/** Monthly counts mostly below this are drawn as columns: a line would zig-zag between 0 and 3. */
	private static final int SMALL_MONTHLY_COUNT = 10;

	/** A bar more than this many times the next largest is cut at the axis end, its value written. */
	private static final double EXTREME = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Publication publication;

	private final Labels labels;

	Charts(Publication publication, Labels labels) {
		this.publication = publication;
		this.labels = labels;
	}

	/** A monthly figure against the previous year; months outside a year's coverage are gaps. */
	Chart monthly(String area, MetricDefinition metric) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Coverage coverage = this.publication.coverage().get(metric.source());
		int small = 0;
		for (int month = 1; month <= 12; month++) {
			MetricRow row = this.publication.row(metric, String.format("%02d", month));
			String category = this.labels.month(month);
			boolean covered = coverage == null || coverage.covers(year(), month);
			data.addValue(covered ? row.value() : null, this.labels.year(year()), category);
			if (row.previous() != null) {
				boolean previousCovered = coverage == null || coverage.covers(year() - 1, month);
				data.addValue(previousCovered ? row.previous() : null, this.labels.year(year() - 1), category);
			}
			small += (row.value() != null && row.value().intValue() < SMALL_MONTHLY_COUNT) ? 1 : 0;
		}
		MetricDefinition base = this.publication.metric(FigureSheets.monthlyBase(metric));
		return new Chart(area + "-monthly", (small > 6) ? Kind.COLUMN : Kind.LINE,
				this.labels.get("chart.monthly", this.labels.metric(base), years()), this.labels.get("axis.month"),
				axis(base), data, ChartRenderer.MONTHLY_HEIGHT);
	}

	/** A breakdown, largest first: at most {@link #MAX_BARS} bars, the rest as 其他. */
	Chart breakdown(String area, MetricDefinition metric) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<MetricRow> rows = largestFirst(metric);
		boolean tail = rows.size() > MAX_BARS;
		List<MetricRow> shown = tail ? rows.subList(0, MAX_BARS - 1) : rows;
		for (MetricRow row : shown) {
			data.addValue(row.value(), this.labels.year(year()), this.publication.memberName(row, this.labels));
		}
		if (tail) {
			BigDecimal rest = rows.subList(MAX_BARS - 1, rows.size())
				.stream()
				.map(MetricRow::value)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			data.addValue(rest, this.labels.year(year()), this.labels.get("chart.others", rows.size() - MAX_BARS + 1));
		}
		String suffix = metric.id().substring(metric.id().lastIndexOf('.') + 1);
		int height = Math.max(260, 110 + 28 * data.getColumnCount());
		return new Chart(area + "-" + suffix.replace('_', '-'), Kind.HORIZONTAL_BAR,
				this.labels.get("chart.breakdown", this.labels.metric(metric), this.labels.year(year())),
				this.labels.get("column.member"), axis(metric), data, height);
	}

	/**
	 * The change of the figures marked for it, largest first, each bar labelled with its value; a
	 * bar far beyond the others is cut at the axis end so that the others stay readable.
	 */
	Chart change(String name, int width, int height) {
		List<MetricRow> rows = this.publication.rows()
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().onChart("change") && row.changeRatio() != null)
			.sorted(Comparator.comparing(MetricRow::changeRatio).reversed())
			.toList();
		List<Double> sizes = rows.stream()
			.map((row) -> Math.abs(row.changeRatio().doubleValue() * 100))
			.sorted(Comparator.reverseOrder())
			.toList();
		Double axisMax = null;
		if (sizes.size() > 1 && sizes.get(0) > EXTREME * Math.max(sizes.get(1), 10)) {
			axisMax = Math.max(sizes.get(1), 10) * 1.2;
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Map<String, String> valueLabels = new LinkedHashMap<>();
		boolean cut = false;
		for (MetricRow row : rows) {
			double percent = row.changeRatio().multiply(HUNDRED).doubleValue();
			String category = this.labels.metric(row.metric());
			boolean beyond = axisMax != null && percent > axisMax;
			cut |= beyond;
			data.addValue(beyond ? axisMax : percent, this.labels.get("column.changeRatio"), category);
			valueLabels.put(category, String.format("%+.1f%%", percent) + (beyond ? " ▶" : ""));
		}
		return new Chart(name, Kind.HORIZONTAL_BAR, this.labels.get("chart.yoy", years()), null,
				this.labels.get("axis.changeRatio"), data, width, height, valueLabels, axisMax,
				cut ? this.labels.get("chart.cut") : null);
	}

	/** The figures marked for the trend, one group per figure, one column per stored year. */
	Chart yearsCompared(String name, int width, int height) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		this.publication.history().forEach((year, values) -> {
			for (MetricValue value : trendValues(values)) {
				data.addValue(value.value(), this.labels.year(year),
						this.labels.metric(this.publication.metric(value.metricId())));
			}
		});
		return new Chart(name, Kind.COLUMN, this.labels.get("chart.compared", yearSpan()), null,
				this.labels.get("axis.unit", this.labels.get("unit.cases")), data, width, height, null, null, null);
	}

	/** The figures marked for the trend over every stored year. */
	Chart trend() {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		this.publication.history().forEach((year, values) -> {
			for (MetricValue value : trendValues(values)) {
				data.addValue(value.value(), this.labels.metric(this.publication.metric(value.metricId())),
						String.valueOf(year));
			}
		});
		return new Chart("trend", Kind.LINE, this.labels.get("chart.trend", yearSpan()),
				this.labels.get("axis.year"), this.labels.get("axis.unit", this.labels.get("unit.cases")), data,
				ChartRenderer.HEIGHT);
	}

	/** A breakdown's members, largest first (ties by member, so the order is stable). */
	List<MetricRow> largestFirst(MetricDefinition metric) {
		List<MetricRow> rows = new ArrayList<>(
				this.publication.rows().stream().filter((r) -> r.metric().equals(metric)).toList());
		rows.sort(Comparator.comparing((MetricRow r) -> (r.value() != null) ? r.value() : BigDecimal.ZERO)
			.reversed()
			.thenComparing(MetricRow::member));
		return rows;
	}

	private List<MetricValue> trendValues(List<MetricValue> values) {
		return values.stream()
			.filter((value) -> value.dimension().isEmpty() && this.publication.metric(value.metricId()).onChart("trend"))
			.toList();
	}

	private String axis(MetricDefinition metric) {
		return this.labels.get("axis.unit", this.labels.unit(metric));
	}

	private String years() {
		return this.labels.get("years.pair", year(), year() - 1);
	}

	private String yearSpan() {
		return this.labels.get("years.span", this.publication.history().firstKey(), year());
	}

	private int year() {
		return this.publication.run().year();
	}

}
