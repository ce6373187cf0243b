package org.annualstats.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A workbook as a printer renders it (LibreOffice headless to PDF, with the workbook's own page
 * setup), read back with poppler's tools: the words, their size on paper and the images of every
 * page, so a test can assert what a reader of the paper gets.
 */
public final class PrintedWorkbook {

	/**
	 * pdftotext's word box is this many times the font size on paper: measured with LibreOffice 7.4 and
	 * poppler 22.12, the same for Liberation Sans, DejaVu Sans and Noto Sans SC from 8 to 20 pt.
	 */
	static final double BOX_PER_FONT_SIZE = 1.30;

	private static final List<String> TOOLS = List.of("soffice", "pdftotext", "pdfimages", "pdftoppm");

	private static final long TIMEOUT_SECONDS = 300;

	private static final String FONT_FOLDER = "/fonts/ttf/NotoSansSC/";

	private static final List<String> FONTS = List.of("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");

	private static final Pattern PAGE = Pattern
		.compile("<page width=\"([-\\d.]+)\" height=\"([-\\d.]+)\">(.*?)</page>", Pattern.DOTALL);

	private static final Pattern WORD = Pattern.compile(
			"<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">([^<]*)</word>");

	private final Path pdf;

	private final List<Page> pages;

	private PrintedWorkbook(Path pdf, List<Page> pages) {
		this.pdf = pdf;
		this.pages = pages;
	}

	/** Whether LibreOffice and poppler's tools are on the PATH. */
	public static boolean available() {
		String path = System.getenv("PATH");
		return path != null && TOOLS.stream()
			.allMatch((tool) -> Stream.of(path.split(File.pathSeparator))
				.anyMatch((folder) -> Files.isExecutable(Path.of(folder, tool))));
	}

	/**
	 * Prints {@code xlsx} to a PDF in {@code workFolder} and reads it back. LibreOffice gets a home and
	 * a profile of its own there, so renders can run in parallel and never touch the user's.
	 */
	public static PrintedWorkbook render(Path xlsx, Path workFolder) throws IOException, InterruptedException {
		Path out = Files.createDirectories(workFolder.resolve("pdf"));
		ProcessBuilder soffice = new ProcessBuilder("soffice",
				"-env:UserInstallation=" + workFolder.resolve("profile").toAbsolutePath().toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", out.toAbsolutePath().toString(),
				xlsx.toAbsolutePath().toString());
		soffice.environment().put("HOME", Files.createDirectories(workFolder.resolve("home")).toAbsolutePath().toString());
		soffice.environment().put("FONTCONFIG_FILE", fontConfig(workFolder).toAbsolutePath().toString());
		Path log = run(soffice, workFolder.resolve("soffice.log"));
		String name = xlsx.getFileName().toString().replaceFirst("\\.[^.]*$", "");
		Path pdf = out.resolve(name + ".pdf");
		if (!Files.isRegularFile(pdf)) {
			// soffice reports a failed conversion on stderr and still ends with 0
			throw new AssertionError("LibreOffice printed no PDF of " + xlsx + ":\n" + printed(log));
		}
		Path words = run(new ProcessBuilder("pdftotext", "-bbox", pdf.toString(), "-"),
				workFolder.resolve("words.html"));
		Path images = run(new ProcessBuilder("pdfimages", "-list", pdf.toString()), workFolder.resolve("images.txt"));
		return new PrintedWorkbook(pdf, pages(Files.readString(words), Files.readAllLines(images)));
	}

	/**
	 * A fontconfig setup with Noto Sans SC, the font the charts use, as the only font for Chinese:
	 * without one LibreOffice prints boxes, and with the machine's own CJK fonts widths would differ
	 * from machine to machine. Everything else stays as the system has it.
	 */
	private static Path fontConfig(Path workFolder) throws IOException {
		Path fonts = Files.createDirectories(workFolder.resolve("fonts")).toAbsolutePath();
		StringBuilder accepted = new StringBuilder();
		for (String font : FONTS) {
			try (InputStream in = PrintedWorkbook.class.getResourceAsStream(FONT_FOLDER + font)) {
				if (in == null) {
					throw new AssertionError(FONT_FOLDER + font + " is not on the test class path (ph-fonts-noto-sans-sc)");
				}
				Files.copy(in, fonts.resolve(font), StandardCopyOption.REPLACE_EXISTING);
			}
			// accepted by file name, as the rejection of every Chinese font would hide it too
			accepted.append("<pattern><patelt name=\"file\"><string>")
				.append(fonts.resolve(font))
				.append("</string></patelt></pattern>\n");
		}
		String rejected = Stream.of("zh-cn", "zh-tw", "zh-hk", "ja", "ko")
			.map((lang) -> "<pattern><patelt name=\"lang\"><string>" + lang + "</string></patelt></pattern>\n")
			.collect(Collectors.joining());
		// The cache folder comes first: fontconfig writes to the first writable one, and the system's
		// must not keep entries for a temporary folder.
		String config = """
				<?xml version="1.0"?>
				<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
				<fontconfig>
				<cachedir>%s</cachedir>
				<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
				<dir>%s</dir>
				<selectfont>
				<acceptfont>
				%s</acceptfont>
				<rejectfont>
				%s</rejectfont>
				</selectfont>
				</fontconfig>
				""".formatted(workFolder.resolve("fontcache").toAbsolutePath(), fonts, accepted, rejected);
		return Files.writeString(workFolder.resolve("fonts.conf"), config);
	}

	/** Runs a tool with its output in {@code output}; fails with what it printed if it fails or hangs. */
	private static Path run(ProcessBuilder builder, Path output) throws IOException, InterruptedException {
		Process process = builder.redirectOutput(output.toFile()).redirectError(errors(output).toFile()).start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			// soffice is a script whose office process would outlive it
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
			throw new AssertionError(builder.command() + " took over " + TIMEOUT_SECONDS + " s:\n" + printed(output));
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(builder.command() + " ended with " + process.exitValue() + ":\n" + printed(output));
		}
		return output;
	}

	private static Path errors(Path output) {
		return output.resolveSibling(output.getFileName() + ".err");
	}

	private static String printed(Path output) throws IOException {
		return Files.readString(output) + Files.readString(errors(output));
	}

	private static List<Page> pages(String bbox, List<String> imageList) {
		Map<Integer, Set<String>> images = new TreeMap<>();
		// pdfimages -list: two header lines, then page num type width height color comp bpc enc interp object ID ...
		for (String line : imageList.subList(Math.min(2, imageList.size()), imageList.size())) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length > 11 && fields[2].equals("image")) {
				images.computeIfAbsent(Integer.parseInt(fields[0]), (page) -> new TreeSet<>()).add(fields[10]);
			}
		}
		List<Page> pages = new ArrayList<>();
		Matcher page = PAGE.matcher(bbox);
		while (page.find()) {
			List<Word> words = new ArrayList<>();
			Matcher word = WORD.matcher(page.group(3));
			while (word.find()) {
				words.add(new Word(unescape(word.group(5)), Double.parseDouble(word.group(1)),
						Double.parseDouble(word.group(2)), Double.parseDouble(word.group(3)),
						Double.parseDouble(word.group(4))));
			}
			int number = pages.size() + 1;
			pages.add(new Page(number, Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2)),
					List.copyOf(words), Set.copyOf(images.getOrDefault(number, Set.of()))));
		}
		return List.copyOf(pages);
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
	}

	public Path pdf() {
		return this.pdf;
	}

	public List<Page> pages() {
		return this.pages;
	}

	/** The first page with {@code text}; fails, listing the pages, when none has it. */
	public Page pageContaining(String text) {
		return this.pages.stream()
			.filter((page) -> page.contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no page contains '" + text + "' in " + this));
	}

	/**
	 * Image object ids printed on more than one page, with their pages: a chart cut by a page break.
	 * LibreOffice prints identical pictures as one object, so the same picture twice shows here too.
	 */
	public Map<String, List<Integer>> imagesOnSeveralPages() {
		Map<String, List<Integer>> on = new LinkedHashMap<>();
		for (Page page : this.pages) {
			for (String id : page.imageIds()) {
				on.computeIfAbsent(id, (key) -> new ArrayList<>()).add(page.number());
			}
		}
		on.values().removeIf((pages) -> pages.size() < 2);
		return on;
	}

	/** Writes every page as a 60 dpi PNG (page-1.png …) for a person to look at; returns them in page order. */
	public List<Path> writePngs(Path folder) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		run(new ProcessBuilder("pdftoppm", "-r", "60", "-png", this.pdf.toString(), folder.resolve("page").toString()),
				folder.resolve("pdftoppm.log"));
		try (Stream<Path> files = Files.list(folder)) {
			// pdftoppm pads page numbers to the width of the last one
			return files.filter((file) -> file.getFileName().toString().matches("page-\\d+\\.png"))
				.sorted((a, b) -> Integer.compare(number(a), number(b)))
				.toList();
		}
	}

	private static int number(Path png) {
		return Integer.parseInt(png.getFileName().toString().replaceAll("\\D", ""));
	}

	/** One line a page: size, words, text size, images and how it begins. */
	@Override
	public String toString() {
		StringBuilder out = new StringBuilder(this.pdf + ": " + this.pages.size() + " pages\n");
		for (Page page : this.pages) {
			String text = page.text();
			out.append(String.format("page %d: %.0f x %.0f pt, %d words, text %.1f pt, images %s: %s%n", page.number(),
					page.widthPt(), page.heightPt(), page.words().size(), page.medianTextHeightPt(), page.imageIds(),
					text.substring(0, Math.min(60, text.length()))));
		}
		return out.toString();
	}

	/** A printed page, numbered from 1; sizes in PDF points (1/72 inch), y from the top. */
	public record Page(int number, double widthPt, double heightPt, List<Word> words, Set<String> imageIds) {

		/** The words in pdftotext's reading order, separated by single spaces. */
		public String text() {
			return this.words.stream().map(Word::text).collect(Collectors.joining(" "));
		}

		public boolean contains(String text) {
			return text().contains(text);
		}

		/** The median font size on paper in pt, NaN on a page without words. */
		public double medianTextHeightPt() {
			double[] heights = this.words.stream().mapToDouble(Word::textHeightPt).sorted().toArray();
			if (heights.length == 0) {
				return Double.NaN;
			}
			int middle = heights.length / 2;
			return (heights.length % 2 == 1) ? heights[middle] : (heights[middle - 1] + heights[middle]) / 2;
		}

	}

	/**
	 * A word as pdftotext boxes it, in PDF points from the top left corner of its page. Text cut off at
	 * a cell's border comes back cut ("Calibri1" for "Calibri16").
	 */
	public record Word(String text, double xMin, double yMin, double xMax, double yMax) {

		/** The font size on paper in pt. */
		public double textHeightPt() {
			return (this.yMax - this.yMin) / BOX_PER_FONT_SIZE;
		}

	}

}
