package org.annualstats.console;


import jakarta.servlet.http.HttpServletRequest;
import org.annualstats.edition.EditionService;
import org.annualstats.edition.EditionService.Release;
import org.annualstats.operate.ExitCode;
import org.annualstats.operate.RunHistory;
import org.annualstats.operate.RunService.Submission;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The years, one year's runs and editions, and what an analyst or admin does to a year: rerun, release. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class YearsController {

	private final Years years;

	private final RunHistory history;

	private final Reruns reruns;

	private final EditionService editions;

	private final ConsoleRoots roots;

	private final AuditLog audit;

	YearsController(Years years, RunHistory history, Reruns reruns, EditionService editions, ConsoleRoots roots,
			AuditLog audit) {
		this.years = years;
		this.history = history;
		this.reruns = reruns;
		this.editions = editions;
		this.roots = roots;
		this.audit = audit;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/years";
	}

	@GetMapping("/years")
	String years(Model model) {
		model.addAttribute("years", this.years.years());
		return "years";
	}

	@GetMapping("/years/{year}")
	String year(@PathVariable int year, Model model) {
		model.addAttribute("year", this.years.year(year));
		model.addAttribute("runs", this.history.runs(year));
		return "year";
	}

	/** Reruns the year from the configured input root; a busy year starts nothing and says so. */
	@PostMapping("/years/{year}/runs")
	String rerun(@PathVariable int year, Authentication user, HttpServletRequest request,
			RedirectAttributes redirect) {
		Submission submission = this.reruns.rerun(year, user.getName(), request.getRemoteAddr());
		if (submission.runId() == null) {
			redirect.addFlashAttribute("refusal", submission.refusal().message());
			redirect.addFlashAttribute("busy", submission.refusal().exitCode() == ExitCode.ALREADY_RUNNING);
			return "redirect:/years/" + year;
		}
		return "redirect:/runs/" + submission.runId();
	}

	/** Releases the year's latest completed run as its next edition, released by the signed-in admin. */
	@PostMapping("/years/{year}/editions")
	String release(@PathVariable int year, Authentication user, HttpServletRequest request,
			RedirectAttributes redirect) {
		Release release = this.editions.release(year, this.roots.output(), null, user.getName());
		boolean released = release.exitCode() == ExitCode.PUBLISHED;
		this.audit.record(user.getName(), request.getRemoteAddr(),
				released ? AuditLog.Action.RELEASE : AuditLog.Action.RELEASE_REFUSED, year + ": " + release.message());
		redirect.addFlashAttribute(released ? "released" : "refusal", release.message());
		redirect.addFlashAttribute("blocking", release.blocking());
		return "redirect:/years/" + year;
	}

}
