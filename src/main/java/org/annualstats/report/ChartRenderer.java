package org.annualstats.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the appendix's charts as PNG with JFreeChart, in Noto Sans SC loaded from the classpath
 * (a machine without Chinese fonts would otherwise draw boxes). Headless.
 */
final class ChartRenderer {

	static final int WIDTH = 960;

	static final int HEIGHT = 420;

	private static final String FONT_RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final Color[] SERIES = { new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
			new Color(0x7F6000) };

	private static Font baseFont;

	/** What a chart shows. */
	enum Kind {

		LINE, BAR, HORIZONTAL_BAR

	}

	/**
	 * @param name the PNG's file name stem under {@code charts/}
	 */
	record Chart(String name, Kind kind, String title, String categoryAxis, String valueAxis,
			DefaultCategoryDataset data) {

		/** Horizontal bars get taller with their number of categories, so every label stays readable. */
		int height() {
			return (this.kind == Kind.HORIZONTAL_BAR) ? Math.max(HEIGHT, 120 + 26 * this.data.getColumnCount())
					: HEIGHT;
		}

		/** Every text the chart draws: title, axis labels, series and categories. */
		List<String> texts() {
			List<String> texts = new ArrayList<>(List.of(this.title, this.categoryAxis, this.valueAxis));
			this.data.getRowKeys().forEach((k) -> texts.add(k.toString()));
			this.data.getColumnKeys().forEach((k) -> texts.add(k.toString()));
			return texts;
		}

	}

	/** The font every chart text is drawn in. */
	static synchronized Font font() {
		if (baseFont == null) {
			try (InputStream in = ChartRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Font " + FONT_RESOURCE + " is not on the classpath");
				}
				baseFont = Font.createFont(Font.TRUETYPE_FONT, in);
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("Cannot load " + FONT_RESOURCE, ex);
			}
		}
		return baseFont;
	}

	static JFreeChart draw(Chart chart) {
		JFreeChart drawn = switch (chart.kind()) {
			case LINE -> ChartFactory.createLineChart(chart.title(), chart.categoryAxis(), chart.valueAxis(),
					chart.data(), PlotOrientation.VERTICAL, true, false, false);
			case BAR -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(),
					chart.data(), PlotOrientation.VERTICAL, true, false, false);
			case HORIZONTAL_BAR -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(),
					chart.valueAxis(), chart.data(), PlotOrientation.HORIZONTAL, chart.data().getRowCount() > 1,
					false, false);
		};
		theme().apply(drawn);
		style(drawn.getCategoryPlot());
		return drawn;
	}

	static byte[] png(Chart chart) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, draw(chart), WIDTH, chart.height());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot draw chart " + chart.name(), ex);
		}
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		Font font = font();
		theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 18f));
		theme.setLargeFont(font.deriveFont(14f));
		theme.setRegularFont(font.deriveFont(12f));
		theme.setSmallFont(font.deriveFont(10f));
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xD9D9D9));
		theme.setRangeGridlinePaint(new Color(0xD9D9D9));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

	private static void style(CategoryPlot plot) {
		if (plot.getRangeAxis() instanceof NumberAxis numbers) {
			numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setItemMargin(0.05);
			for (int i = 0; i < SERIES.length; i++) {
				bars.setSeriesPaint(i, SERIES[i]);
			}
		}
		else if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
			lines.setDefaultShapesVisible(true);
			for (int i = 0; i < SERIES.length; i++) {
				lines.setSeriesPaint(i, SERIES[i]);
				lines.setSeriesStroke(i, new BasicStroke(2.5f));
			}
		}
	}

	private ChartRenderer() {
	}

}
