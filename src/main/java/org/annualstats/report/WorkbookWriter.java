package org.annualstats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.annualstats.metrics.MetricDefinition;
import org.annualstats.metrics.MetricRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The statistical appendix (统计附表, SPEC §6), streamed with SXSSF: a cover and the headline table
 * of the year beside the previous one.
 */
class WorkbookWriter {

	static final String COVER = "封面";

	static final String HEADLINE = "附表1 主要指标";

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private final String bureauName;

	WorkbookWriter(String bureauName) {
		this.bureauName = bureauName;
	}

	void write(Path file, RunSummary run, List<MetricRow> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			String title = run.year() + "年度法治政府建设统计附表";
			cover(workbook.createSheet(COVER), styles, run, title);
			headline(workbook.createSheet(HEADLINE), styles, run, rows);
			var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setTitle(this.bureauName + title);
			properties.setCreator(this.bureauName);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			workbook.dispose();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	private void cover(SXSSFSheet sheet, WorkbookStyles styles, RunSummary run, String title) {
		SheetWriter out = new SheetWriter(sheet, styles);
		out.title(this.bureauName).title(title).blankRow();
		out.row().text(0, "统计截止日").text(1, run.asOf().toString());
		out.row().text(0, "生成时间").text(1, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
		out.row().text(0, "运行编号").text(1, run.runId());
		out.row()
			.text(0, "数据核对")
			.text(1, run.reconciled() ? "已完成核对，详见“数据核对”" : "数据未通过核对（存在错误，经操作员允许发布）");
		out.finish();
	}

	private void headline(SXSSFSheet sheet, WorkbookStyles styles, RunSummary run, List<MetricRow> rows) {
		SheetWriter out = new SheetWriter(sheet, styles);
		out.title(HEADLINE + "（" + run.year() + "年）");
		out.header("序号", "指标", "单位", run.year() + "年", (run.year() - 1) + "年", "增减", "增减率", "说明");
		int number = 1;
		for (MetricRow row : rows) {
			MetricDefinition metric = row.metric();
			if (!metric.headline() || !row.dimension().isEmpty()) {
				continue;
			}
			out.row()
				.number(0, BigDecimal.valueOf(number++), styles.count)
				.text(1, metric.labelZh())
				.text(2, metric.unitZh())
				.number(3, shown(metric, row.value()), styles.figure(metric))
				.number(4, shown(metric, row.previous()), styles.figure(metric))
				.number(5, shown(metric, row.change()), styles.figure(metric))
				.number(6, metric.isRate() ? null : row.changeRatio(), styles.signedPercent)
				.note(7, explanation(row));
		}
		out.finish();
	}

	/** Money is shown in 万元. */
	private static BigDecimal shown(MetricDefinition metric, BigDecimal value) {
		return (value != null && metric.isMoney()) ? value.divide(TEN_THOUSAND) : value;
	}

	/** "为上年的8.0倍" where a multiple reads better, then the coverage note. */
	static String explanation(MetricRow row) {
		StringBuilder text = new StringBuilder();
		BigDecimal multiple = row.multiple();
		if (multiple != null) {
			text.append("为上年的").append(multiple.toPlainString()).append("倍");
		}
		if (row.note() != null) {
			text.append(text.isEmpty() ? "" : "；").append(row.note());
		}
		return text.toString();
	}

}
