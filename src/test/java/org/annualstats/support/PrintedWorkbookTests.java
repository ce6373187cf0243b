package org.annualstats.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.annualstats.support.PrintedWorkbook.Page;
import org.annualstats.support.PrintedWorkbook.Word;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PrintedWorkbookTests {

	@TempDir
	Path folder;

	@Test
	void readsBackTextFontSizeAndPicturesCutByAPageBreak() throws Exception {
		assumeTrue(PrintedWorkbook.available(), "LibreOffice and poppler-utils are not installed");
		Path xlsx = this.folder.resolve("appendix.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Font tenPoint = workbook.createFont();
			tenPoint.setFontHeightInPoints((short) 10);
			XSSFCellStyle style = workbook.createCellStyle();
			style.setFont(tenPoint);
			Row row = workbook.createSheet("摘要").createRow(0);
			List<String> texts = List.of("领导摘要", "2020年", "12345", "人力资源和社会保障局");
			for (int column = 0; column < texts.size(); column++) {
				row.createCell(column).setCellValue(texts.get(column));
				row.getCell(column).setCellStyle(style);
			}
			// 90 rows of 15 pt are more than an A4 page holds; 20 rows fit
			picture(workbook, "大图", Color.BLUE, 90);
			picture(workbook, "小图", Color.RED, 20);
			workbook.write(out);
		}

		PrintedWorkbook printed = PrintedWorkbook.render(xlsx, this.folder.resolve("render"));

		assertThat(printed.pages()).hasSize(4);
		Page summary = printed.pageContaining("领导摘要");
		assertThat(summary.number()).isEqualTo(1);
		assertThat(summary.text()).isEqualTo("领导摘要 2020年 12345 人力资源和社会保障局");
		assertThat(summary.medianTextHeightPt()).isCloseTo(10, within(0.5));
		// an ideograph is one em wide; the boxes printed for want of a Chinese font are narrower
		Word title = summary.words().get(0);
		assertThat(title.xMax() - title.xMin()).isCloseTo(4 * 10, within(1.0));
		assertThat(summary.widthPt()).isCloseTo(595, within(1.0));
		Map<String, List<Integer>> split = printed.imagesOnSeveralPages();
		assertThat(split.values()).containsExactly(List.of(2, 3));
		assertThat(printed.pages().get(3).imageIds()).hasSize(1).doesNotContainAnyElementsOf(split.keySet());
		assertThat(printed.writePngs(this.folder.resolve("png"))).hasSize(4);
	}

	/** A sheet with a picture anchored over {@code rows} default rows. */
	private static void picture(Workbook workbook, String sheetName, Color color, int rows) throws IOException {
		BufferedImage image = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 200, 300);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		int index = workbook.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
		XSSFSheet sheet = (XSSFSheet) workbook.createSheet(sheetName);
		ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
		anchor.setCol1(0);
		anchor.setRow1(0);
		anchor.setCol2(6);
		anchor.setRow2(rows);
		sheet.createDrawingPatriarch().createPicture(anchor, index);
	}

}
