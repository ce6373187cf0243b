package org.annualstats.console;

import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A run: its progress while it runs, then its files, findings, rejected rows and outputs to download. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunController {

	static final int PAGE_SIZE = 50;

	private final RunDetails runs;

	private final Downloads downloads;

	RunController(RunDetails runs, Downloads downloads) {
		this.runs = runs;
		this.downloads = downloads;
	}

	@GetMapping("/runs/{runId}")
	String run(@PathVariable String runId, @RequestParam(defaultValue = "") String file,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "1") int page, Model model,
			Locale locale) {
		RunDetails.Run run = this.runs.run(runId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + runId));
		model.addAttribute("run", run);
		model.addAttribute("refresh", run.running());
		model.addAttribute("file", file);
		model.addAttribute("reason", reason);
		model.addAttribute("rejects", this.runs.rejects(runId, file, reason, locale, Math.max(page - 1, 0), PAGE_SIZE));
		return "run";
	}

	/** One of the run's published outputs; any other name, or a run whose outputs were replaced, is 404. */
	@GetMapping({ "/runs/{runId}/files/{*name}", "/api/runs/{runId}/files/{*name}" })
	ResponseEntity<Resource> file(@PathVariable String runId, @PathVariable String name) {
		return this.downloads.output(runId, name.startsWith("/") ? name.substring(1) : name);
	}

}
