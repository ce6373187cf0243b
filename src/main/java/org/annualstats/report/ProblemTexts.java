package org.annualstats.report;

import java.util.Locale;

import org.annualstats.ingest.ProblemFormat;
import org.annualstats.ingest.RejectedRow;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.reconcile.Finding;
import org.annualstats.reconcile.ReconciliationChecks;

/**
 * Rejection reasons, finding messages and check names in one language, Chinese unless English was
 * asked for: the store keeps them as codes with arguments, the outputs show them in words.
 */
public final class ProblemTexts {

	private final ProblemFormat format;

	private final ReconciliationChecks checks;

	private final boolean english;

	public ProblemTexts(SourceCatalog catalog, ReconciliationChecks checks, Locale locale) {
		this.english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		this.format = new ProblemFormat(catalog, locale, checks.patterns(this.english));
		this.checks = checks;
	}

	/** Why the row was rejected, naming its field by label: "立案日期不是真实的日期：2020 年 2 月没有 30 日". */
	public String reason(RejectedRow row) {
		return this.format.reason(row);
	}

	/** What the check found: "编号 W1 出现 2 次，内容一致，按一条记录计". */
	public String message(Finding finding) {
		return this.format.format(finding.source(), finding.key(), finding.message());
	}

	/**
	 * What a check looks for, as {@code jobs/checks/checks.csv} names it: "重复记录（内容一致）"; a
	 * check no longer declared there by its id.
	 */
	public String check(String checkId) {
		return this.checks.check(checkId).map((check) -> check.label(this.english)).orElse(checkId);
	}

	/** The rejected row's field by its label: 立案日期 for {@code opened_on}. */
	public String field(RejectedRow row) {
		return this.format.field(row.source(), row.field());
	}

}
