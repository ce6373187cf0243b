package org.annualstats.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricCatalogue.Area;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRepository;
import org.annualstats.metrics.MetricRow;
import org.annualstats.metrics.MetricValue;
import org.annualstats.metrics.YearOverYear;
import org.annualstats.operate.RunHistory;
import org.annualstats.report.Numbers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** A year's figures as the console shows them: 附表1 by area, and one figure across the years. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Figures {

	private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

	private final MetricCatalogue catalogue;

	private final MetricRepository metrics;

	private final YearOverYear yearOverYear;

	private final RunHistory history;

	Figures(MetricCatalogue catalogue, MetricRepository metrics, YearOverYear yearOverYear, RunHistory history) {
		this.catalogue = catalogue;
		this.metrics = metrics;
		this.yearOverYear = yearOverYear;
		this.history = history;
	}

	/** A headline figure of the year beside the previous year's. */
	record Figure(MetricDefinition metric, String label, String unit, boolean part, String value, String previous,
			String change) {
	}

	/** An area and its headline figures. */
	record Section(String label, List<Figure> figures) {
	}

	/**
	 * 附表1 of a run: its headline figures grouped by area, 其中 parts marked.
	 *
	 * @param runId a completed run of the year
	 * @param words the workbook's words in the reader's language, by key
	 */
	List<Section> headline(int year, String runId, boolean english, Function<String, String> words) {
		List<MetricValue> previous = previousRun(year).map(this.metrics::values).orElse(null);
		List<MetricRow> rows = this.yearOverYear.compare(this.metrics.values(runId), previous, Map.of())
			.stream()
			.filter((row) -> row.dimension().isEmpty() && row.metric().headline())
			.toList();
		Map<String, List<Figure>> byArea = new LinkedHashMap<>();
		for (MetricRow row : rows) {
			MetricDefinition metric = row.metric();
			byArea.computeIfAbsent(metric.area(), (a) -> new ArrayList<>())
				.add(new Figure(metric, english ? metric.labelEn() : metric.labelZh(),
						english ? words.apply("unit." + metric.unitZh()) : metric.unitZh(), !metric.parent().isEmpty(),
						shown(metric, row.value()), shown(metric, row.previous()),
						change(row, words.apply("unit.percentPoints"))));
		}
		List<Section> sections = new ArrayList<>();
		for (Area area : this.catalogue.areaDefinitions()) {
			List<Figure> figures = byArea.get(area.id());
			if (figures != null) {
				sections.add(new Section(english ? area.labelEn() : area.labelZh(), figures));
			}
		}
		return sections;
	}

	/** A figure of the latest completed run of each year in the store, oldest year first. */
	record YearValue(int year, String runId, String value) {
	}

	List<YearValue> years(MetricDefinition metric, String member) {
		List<YearValue> values = new ArrayList<>();
		this.history.runs(null)
			.stream()
			.map((run) -> run.year())
			.distinct()
			.sorted()
			.forEach((year) -> this.history.completedRuns(year).stream().findFirst().ifPresent((run) -> {
				BigDecimal value = this.metrics.values(run)
					.stream()
					.filter((v) -> v.metricId().equals(metric.id())
							&& v.member().equals((member != null) ? member : ""))
					.map(MetricValue::value)
					.findFirst()
					.orElse(null);
				values.add(new YearValue(year, run, shown(metric, value)));
			}));
		return values;
	}

	private Optional<String> previousRun(int year) {
		return this.history.completedRuns(year - 1).stream().findFirst();
	}

	static String shown(MetricDefinition metric, BigDecimal value) {
		return (value != null) ? Numbers.shown(metric, value) : "—";
	}

	/** +700.0%, −42.9%, a rate's change in points (+9.77个百分点); empty without a previous year. */
	private static String change(MetricRow row, String points) {
		if (row.change() == null) {
			return "";
		}
		if (row.metric().isRate()) {
			return signed(row.change().multiply(BigDecimal.valueOf(100)), "0.00") + points;
		}
		return (row.changeRatio() != null) ? signed(row.changeRatio().multiply(BigDecimal.valueOf(100)), "0.0") + "%"
				: signed(Figures.shownScale(row), "#,##0.##");
	}

	private static BigDecimal shownScale(MetricRow row) {
		return row.metric().isMoney() ? row.change().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
				: row.change();
	}

	private static String signed(BigDecimal value, String pattern) {
		String text = new DecimalFormat(pattern, SYMBOLS).format(value.abs());
		return (value.signum() > 0) ? "+" + text : (value.signum() < 0) ? "−" + text : text;
	}

}
