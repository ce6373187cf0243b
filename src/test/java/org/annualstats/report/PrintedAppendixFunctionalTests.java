package org.annualstats.report;

import java.nio.file.Path;
import java.util.List;

import org.annualstats.cli.AnnualStatsCommand;
import org.annualstats.support.Cli;
import org.annualstats.support.PrintedWorkbook;
import org.annualstats.support.PrintedWorkbook.Page;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The appendix as a leader holds it: printed on A4 through LibreOffice, as a printer would, and
 * read back from the PDF. Runs wherever LibreOffice and poppler are installed (CI installs them).
 */
class PrintedAppendixFunctionalTests {

	private static final String FOOTER_BUREAU = "长治市人力资源和社会保障局";

	/** The words of the footer "长治市… · 第 N 页 共 M 页" as pdftotext splits them. */
	private static final int FOOTER_WORDS = 7;

	@TempDir
	Path work;

	@Test
	void theSampleAppendixPrintsAsADocument() throws Exception {
		assumeTrue(PrintedWorkbook.available(), "LibreOffice and poppler-utils are not installed");
		assertThat(Cli.run(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020", "--input", "input-samples",
				"--output", this.work.resolve("out").toString())).isZero();
		PrintedWorkbook printed = PrintedWorkbook.render(this.work.resolve("out/2020/statistical-appendix-2020.xlsx"),
				this.work.resolve("render"));
		assertPrintsAsADocument(printed);
		Page summary = printed.pageContaining("领导摘要（2020年）");
		assertThat(summary.text()).contains("告知承诺制办件", "1,600", "上年：200", "▲ 700.0%", "▼ 1.55个百分点");
	}

	@Test
	void generatedExportsPrintAsADocumentToo() throws Exception {
		assumeTrue(PrintedWorkbook.available(), "LibreOffice and poppler-utils are not installed");
		Path input = this.work.resolve("generated");
		for (String year : List.of("2019", "2020")) {
			assertThat(AnnualStatsCommand.execute("generate", "--year", year, "--rows", "3000", "--output",
					input.toString())).isZero();
		}
		assertThat(Cli.run(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020", "--input",
				input.toString(), "--output", this.work.resolve("out").toString())).isZero();
		assertPrintsAsADocument(PrintedWorkbook.render(
				this.work.resolve("out/2020/statistical-appendix-2020.xlsx"), this.work.resolve("render")));
	}

	private static void assertPrintsAsADocument(PrintedWorkbook printed) {
		List<Page> pages = printed.pages();
		for (Page page : pages) {
			String where = "page " + page.number() + ": " + page.text();
			assertThat(page.widthPt()).as(where).isCloseTo(842, org.assertj.core.data.Offset.offset(1.0));
			assertThat(page.heightPt()).as(where).isCloseTo(595, org.assertj.core.data.Offset.offset(1.0));
			// body text is 11 pt and notes 10 pt, printed at 100 %: no page shrinks below 10 pt
			assertThat(page.medianTextHeightPt()).as(where).isGreaterThanOrEqualTo(9.8);
			assertThat(page.text()).as(where)
				.contains(FOOTER_BUREAU + " · 第 " + page.number() + " 页 共 " + pages.size() + " 页");
			// no sliver: a page holds a chart, starts a table, or has more than a few words besides its footer
			assertThat(!page.imageIds().isEmpty() || page.text().matches(".*附表\\d+.*")
					|| page.words().size() - FOOTER_WORDS > 12).as(where).isTrue();
		}
		assertThat(printed.imagesOnSeveralPages()).as("charts split across pages").isEmpty();
		Page summary = printed.pageContaining("领导摘要（2020年）");
		assertThat(summary.imageIds()).as("the summary's two charts are on its page").hasSize(2);
		assertThat(pages.get(summary.number()).text()).as("the page after the summary").startsWith("附表1");
	}

}
