package org.annualstats.report;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.annualstats.report.ChartRenderer.Chart;
import org.annualstats.report.ChartRenderer.Kind;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartRendererTests {

	@Test
	void everyChineseLabelIsDrawnInAFontThatHasItsGlyphs() throws Exception {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		data.addValue(1600, "2020年", "告知承诺制办件");
		data.addValue(200, "2019年", "告知承诺制办件");
		data.addValue(295, "2020年", "非立案解决欠薪问题");
		Chart chart = new Chart("test", Kind.COLUMN, "主要指标同比（2020年比2019年）", "指标", "单位：件", data,
				ChartRenderer.HEIGHT);

		JFreeChart drawn = ChartRenderer.draw(chart);
		Font titleFont = drawn.getTitle().getFont();
		Font axisFont = drawn.getCategoryPlot().getDomainAxis().getTickLabelFont();
		Font legendFont = drawn.getLegend().getItemFont();
		for (Font font : new Font[] { titleFont, axisFont, legendFont }) {
			assertThat(font.getFamily()).isEqualTo(ChartRenderer.font().getFamily());
			for (String text : chart.texts()) {
				// -1: the font can display every character, so nothing is drawn as a box
				assertThat(font.canDisplayUpTo(text)).as("%s in %s", text, font).isEqualTo(-1);
			}
		}
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart)));
		assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
		assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
	}

}
