package org.annualstats.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.RawXls;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legacy {@code .xls} is read as it streams: a run limited to {@value #HEAP} of heap ingests a
 * workbook of 5 million cells that POI's user model, loading it whole, needs over 384 MB of heap for.
 */
class LargeXlsFunctionalTests {

	/** About a third more than the run needs, mostly for its chunks of 5,000 rows of 256 cells. */
	private static final String HEAP = "96m";

	private static final int CASES = 20_000;

	/** Numeric columns beyond the source's fields, as exports with breakdowns carry them. */
	private static final int EXTRA_COLUMNS = 60;

	/** Bordered but empty cells from there to the sheet's last column, as report templates leave them. */
	private static final int LAST_COLUMN = 255;

	@TempDir
	Path work;

	@Test
	void aWorkbookFarBiggerThanTheHeapIsIngestedWhole() throws Exception {
		Path root = this.work.resolve("in");
		Path file = Files.createDirectories(root.resolve("2020/case")).resolve("立案登记.xls");
		writeCases(file);
		MinimalInputs.fillIn(root, 2020);

		Cli.Printed run = ChildProcess.runWithHeap(this.work, HEAP, "run", "--year", "2020", "--input",
				root.toString(), "--output", this.work.resolve("out").toString(), "--data-dir",
				this.work.resolve("data").toString());

		assertThat(run.exit()).as("%s%n%s", run.out(), run.err()).isEqualTo(ExitCode.PUBLISHED.code());
		Map<String, CSVRecord> metrics = Cli.metrics(this.work.resolve("out/2020"));
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo(String.valueOf(CASES));
		long workers = 0;
		BigDecimal recovered = BigDecimal.ZERO;
		int[] byMonth = new int[13];
		for (int n = 1; n <= CASES; n++) {
			workers += workers(n);
			recovered = recovered.add(BigDecimal.valueOf(recovered(n)));
			byMonth[opened(n).getMonthValue()]++;
		}
		assertThat(Cli.value(metrics, "inspection.filed.workers")).isEqualTo(String.valueOf(workers));
		assertThat(new BigDecimal(Cli.value(metrics, "inspection.filed.recovered_yuan"))).isEqualByComparingTo(recovered);
		for (int month = 1; month <= 12; month++) {
			assertThat(metrics.get("inspection.filed.cases.by_month|month|%02d".formatted(month)).get("value"))
				.as("month %d", month)
				.isEqualTo(String.valueOf(byMonth[month]));
		}
		assertThat(Cli.csv(this.work.resolve("out/2020/rejects.csv"))).isEmpty();
	}

	private static LocalDate opened(int n) {
		return LocalDate.of(2020, 1 + n % 12, 1 + n % 28);
	}

	private static int workers(int n) {
		return 1 + n % 5;
	}

	private static double recovered(int n) {
		return n % 1000 + 0.5;
	}

	/**
	 * Stores the cells as Excel does: shared strings, dates and amounts as numbers, runs of whole
	 * numbers as MULRK and of formatted blanks as MULBLANK records, rows in blocks of 32. HSSF writes the rest; its user model could not
	 * hold the sheet in the test's own heap in reasonable time.
	 */
	private static void writeCases(Path file) throws IOException {
		Path template = file.resolveSibling("template.xls");
		int[] caseNumbers = new int[CASES + 1];
		int category;
		int dateFormat;
		int bordered;
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			dateFormat = date.getIndex();
			CellStyle border = workbook.createCellStyle();
			border.setBorderBottom(BorderStyle.THIN);
			bordered = border.getIndex();
			Row header = workbook.createSheet("立案登记").createRow(0);
			String[] fields = { "案件编号", "案件类别", "立案日期", "追回金额", "涉及人数" };
			for (int c = 0; c < fields.length; c++) {
				header.createCell(c).setCellValue(fields[c]);
			}
			for (int c = 0; c < EXTRA_COLUMNS; c++) {
				header.createCell(fields.length + c).setCellValue("明细" + (c + 1));
			}
			category = workbook.getInternalWorkbook().addSSTString(new UnicodeString("立案查处"));
			for (int n = 1; n <= CASES; n++) {
				caseNumbers[n] = workbook.getInternalWorkbook().addSSTString(new UnicodeString("LA-2020-" + n));
			}
			workbook.write(out);
		}
		int lastNumber = 4 + EXTRA_COLUMNS;
		RawXls.write(template, file, (headerRecords, cells) -> {
			for (RawXls.Raw record : headerRecords) {
				cells.raw(record);
			}
			int[] numbers = new int[1 + EXTRA_COLUMNS];
			for (int first = 1; first <= CASES; first += 32) {
				int last = Math.min(first + 31, CASES);
				for (int n = first; n <= last; n++) {
					cells.row(n, LAST_COLUMN);
				}
				for (int n = first; n <= last; n++) {
					cells.text(n, 0, caseNumbers[n]);
					cells.text(n, 1, category);
					cells.number(n, 2, dateFormat, DateUtil.getExcelDate(opened(n).atStartOfDay()));
					cells.number(n, 3, 15, recovered(n));
					numbers[0] = workers(n);
					for (int c = 1; c <= EXTRA_COLUMNS; c++) {
						numbers[c] = n * 7 + c;
					}
					cells.wholeNumbers(n, 4, 15, numbers);
					cells.blanks(n, lastNumber + 1, LAST_COLUMN, bordered);
				}
			}
		});
		Files.delete(template);
	}

}
