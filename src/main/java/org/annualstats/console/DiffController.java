package org.annualstats.console;

import java.util.List;
import java.util.Locale;

import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunHistory.Comparison;
import org.annualstats.operate.RunHistory.Difference;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What changed in a year's figures between two of its runs, as {@code diff} prints it. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DiffController {

	private final RunHistory history;

	private final MetricCatalogue catalogue;

	DiffController(RunHistory history, MetricCatalogue catalogue) {
		this.history = history;
		this.catalogue = catalogue;
	}

	/** A changed figure with its metric's shown values. */
	record Change(Difference difference, String label, String from, String to) {
	}

	@GetMapping("/years/{year}/diff")
	String diff(@PathVariable int year, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean all,
			Model model, Locale locale) {
		List<String> completed = this.history.completedRuns(year);
		model.addAttribute("year", year);
		model.addAttribute("completed", completed);
		model.addAttribute("all", all);
		boolean known = (from == null || completed.contains(from)) && (to == null || completed.contains(to));
		if (completed.size() < 2 && (from == null || to == null) || !known) {
			model.addAttribute("refusal", known ? "fewer" : "unknown");
			return "diff";
		}
		Comparison comparison = this.history.compare(year, from, to);
		boolean english = FiguresController.english(locale);
		model.addAttribute("comparison", comparison);
		model.addAttribute("total", comparison.differences().size());
		model.addAttribute("changes", comparison.differences()
			.stream()
			.filter((d) -> all || d.changed())
			.map((d) -> {
				MetricDefinition metric = this.catalogue.metric(d.metricId());
				return new Change(d, english ? metric.labelEn() : metric.labelZh(), Figures.shown(metric, d.from()),
						Figures.shown(metric, d.to()));
			})
			.toList());
		model.addAttribute("changed", comparison.differences().stream().filter(Difference::changed).count());
		return "diff";
	}

}
