package org.annualstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricValue;

import org.annualstats.operate.RunHistory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 附表1 as a page, and each figure: its definition, its years, and the records it counts. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FiguresController {

	private final Figures figures;

	private final FigureRecords records;

	private final RunHistory history;

	private final MessageSource messages;

	FiguresController(Figures figures, FigureRecords records, RunHistory history, MessageSource messages) {
		this.figures = figures;
		this.records = records;
		this.history = history;
		this.messages = messages;
	}

	@GetMapping("/years/{year}/figures")
	String headline(@PathVariable int year, @RequestParam(required = false) String run, Model model, Locale locale) {
		String runId = (run != null) ? run : this.history.completedRuns(year)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "year " + year
					+ " has no completed run"));
		if (!this.history.completedRuns(year).contains(runId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, runId + " is not a completed run of " + year);
		}
		model.addAttribute("year", year);
		model.addAttribute("runId", runId);
		model.addAttribute("sections", this.figures.headline(year, runId, english(locale),
				(key) -> this.messages.getMessage(key, null, key, locale)));
		return "figures";
	}

	@GetMapping("/years/{year}/figures/{metricId}")
	String figure(@PathVariable int year, @PathVariable String metricId,
			@RequestParam(required = false) String member, @RequestParam(required = false) String run,
			@RequestParam(defaultValue = "1") int page, Model model) {
		FigureRecords.Page records = this.records.page(year, metricId, member, run, Math.max(page - 1, 0),
				RunController.PAGE_SIZE);
		model.addAttribute("year", year);
		model.addAttribute("member", member);
		model.addAttribute("records", records);
		MetricDefinition metric = records.explanation().metric();
		model.addAttribute("metric", metric);
		model.addAttribute("values", shown(metric, records.explanation().values()));
		model.addAttribute("previousValues", shown(metric, records.explanation().previousValues()));
		model.addAttribute("years", this.figures.years(records.explanation().metric(), member));
		return "figure";
	}

	@GetMapping({ "/years/{year}/figures/{metricId}/records.csv", "/api/years/{year}/metrics/{metricId}/rows.csv" })
	ResponseEntity<Resource> csv(@PathVariable int year, @PathVariable String metricId,
			@RequestParam(required = false) String member, @RequestParam(required = false) String run) {
		Path file = this.records.csv(year, metricId, member, run);
		try {
			// the temporary file goes once it was sent
			return Downloads.attachment(new InputStreamResource(new TemporaryFileStream(file)),
					year + "-" + metricId + ((member != null) ? "-" + member : "") + "-records.csv");
		}
		catch (IOException ex) {
			FigureRecords.delete(file);
			throw new UncheckedIOException(ex);
		}
	}

	/** A member of a figure and its value as readers see it. */
	record Shown(String member, String value) {
	}

	private static List<Shown> shown(MetricDefinition metric, List<MetricValue> values) {
		return values.stream().map((v) -> new Shown(v.member(), Figures.shown(metric, v.value()))).toList();
	}

	static boolean english(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
