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
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the appendix's charts as PNG with JFreeChart, in Noto Sans SC loaded from the classpath
 * (a machine without Chinese fonts would otherwise draw boxes). Headless.
 */
final class ChartRenderer {

	/** Charts of a figure sheet fill the printable width; 900 pixels print 24 cm wide at 100 %. */
	static final int WIDTH = 900;

	static final int HEIGHT = 400;

	static final int MONTHLY_HEIGHT = 340;

	private static final String FONT_RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final Color[] SERIES = { new Color(0x2F5597), new Color(0xC55A11), new Color(0x548235),
			new Color(0x7F6000) };

	private static Font baseFont;

	/** What a chart shows: a line over months or years, columns, or bars across. */
	enum Kind {

		LINE, COLUMN, HORIZONTAL_BAR

	}

	/**
	 * @param name the PNG's file name stem under {@code charts/}
	 * @param valueLabels the text written at each bar, by category, when bars are labelled
	 * @param axisMax where the value axis ends, {@code null} to fit the data; a bar beyond it is cut
	 * there and its label tells its value
	 * @param subtitle a line under the title, {@code null} for none
	 */
	record Chart(String name, Kind kind, String title, String categoryAxis, String valueAxis,
			DefaultCategoryDataset data, int width, int height, Map<String, String> valueLabels, Double axisMax,
			String subtitle) {

		Chart(String name, Kind kind, String title, String categoryAxis, String valueAxis,
				DefaultCategoryDataset data, int height) {
			this(name, kind, title, categoryAxis, valueAxis, data, WIDTH, height, null, null, null);
		}

		/** Every text the chart draws: title, axis labels, series and categories. */
		List<String> texts() {
			List<String> texts = new ArrayList<>(List.of(this.title, this.categoryAxis, this.valueAxis));
			if (this.subtitle != null) {
				texts.add(this.subtitle);
			}
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
		boolean legend = chart.data().getRowCount() > 1;
		JFreeChart drawn = switch (chart.kind()) {
			case LINE -> ChartFactory.createLineChart(chart.title(), chart.categoryAxis(), chart.valueAxis(),
					chart.data(), PlotOrientation.VERTICAL, legend, false, false);
			case COLUMN -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(),
					chart.data(), PlotOrientation.VERTICAL, legend, false, false);
			case HORIZONTAL_BAR -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(),
					chart.valueAxis(), chart.data(), PlotOrientation.HORIZONTAL, legend, false, false);
		};
		theme().apply(drawn);
		CategoryAxis categories = drawn.getCategoryPlot().getDomainAxis();
		categories.setMaximumCategoryLabelLines(2);
		if (chart.kind() == Kind.HORIZONTAL_BAR) {
			categories.setMaximumCategoryLabelWidthRatio(0.35f);
		}
		if (chart.width() < WIDTH) {
			// a half-page chart keeps its category labels apart: a smaller font, bars one line each
			categories.setTickLabelFont(font().deriveFont(11f));
			categories.setMaximumCategoryLabelLines((chart.kind() == Kind.HORIZONTAL_BAR) ? 1 : 2);
		}
		if (chart.subtitle() != null) {
			drawn.addSubtitle(new TextTitle(chart.subtitle(), font().deriveFont(12f)));
		}
		style(drawn.getCategoryPlot(), chart);
		return drawn;
	}

	static byte[] png(Chart chart) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, draw(chart), chart.width(), chart.height());
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot draw chart " + chart.name(), ex);
		}
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		Font font = font();
		theme.setExtraLargeFont(font.deriveFont(Font.BOLD, 17f));
		theme.setLargeFont(font.deriveFont(14f));
		theme.setRegularFont(font.deriveFont(13f));
		theme.setSmallFont(font.deriveFont(12f));
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(new Color(0xD9D9D9));
		theme.setRangeGridlinePaint(new Color(0xD9D9D9));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

	private static void style(CategoryPlot plot, Chart chart) {
		NumberAxis numbers = (NumberAxis) plot.getRangeAxis();
		if (chart.axisMax() != null) {
			numbers.setRange(Math.min(0, lowest(chart.data()) * 1.3), chart.axisMax() * 1.3);
		}
		if (plot.getRenderer() instanceof BarRenderer bars) {
			bars.setItemMargin(0.05);
			bars.setMaximumBarWidth(0.08);
			for (int i = 0; i < SERIES.length; i++) {
				bars.setSeriesPaint(i, SERIES[i]);
			}
			if (chart.valueLabels() != null) {
				bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
					@Override
					public String generateLabel(CategoryDataset dataset, int row, int column) {
						return chart.valueLabels().get(dataset.getColumnKey(column).toString());
					}
				});
				bars.setDefaultItemLabelFont(font().deriveFont(Font.BOLD, 12f));
				bars.setDefaultItemLabelsVisible(true);
				bars.setDefaultPositiveItemLabelPosition(
						new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
				bars.setDefaultNegativeItemLabelPosition(
						new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
				bars.setDefaultItemLabelPaint(Color.BLACK);
				// room beside the longest bars for their labels
				numbers.setUpperMargin(0.2);
				numbers.setLowerMargin(0.2);
			}
		}
		else if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
			lines.setDefaultShapesVisible(true);
			for (int i = 0; i < SERIES.length; i++) {
				lines.setSeriesPaint(i, SERIES[i]);
				lines.setSeriesStroke(i, new BasicStroke(2.5f));
			}
		}
		if (chart.valueLabels() == null) {
			numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
	}

	private static double lowest(CategoryDataset data) {
		double lowest = 0;
		for (int r = 0; r < data.getRowCount(); r++) {
			for (int c = 0; c < data.getColumnCount(); c++) {
				Number value = data.getValue(r, c);
				lowest = (value != null) ? Math.min(lowest, value.doubleValue()) : lowest;
			}
		}
		return lowest;
	}

	private ChartRenderer() {
	}

}
