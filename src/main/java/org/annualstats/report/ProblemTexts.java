package org.annualstats.report;

import java.util.Locale;

import org.annualstats.ingest.ProblemFormat;
import org.annualstats.ingest.RejectedRow;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.reconcile.Finding;

/**
 * Rejection reasons and finding messages in one language, Chinese unless English was asked for:
 * the store keeps them as codes with arguments, the outputs show them in words.
 */
public final class ProblemTexts {

	private final ProblemFormat format;

	public ProblemTexts(SourceCatalog catalog, Locale locale) {
		this.format = new ProblemFormat(catalog, locale);
	}

	/** Why the row was rejected, naming its field by label: "立案日期不是真实的日期：2020 年 2 月没有 30 日". */
	public String reason(RejectedRow row) {
		return this.format.reason(row);
	}

	/** What the check found: "编号 W1 出现 2 次，内容一致，按一条记录计". */
	public String message(Finding finding) {
		return this.format.format(finding.source(), finding.key(), finding.message());
	}

	/** The rejected row's field by its label: 立案日期 for {@code opened_on}. */
	public String field(RejectedRow row) {
		return this.format.field(row.source(), row.field());
	}

}
