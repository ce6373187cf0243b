package org.annualstats.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes {@code <output>/<year>/<source>/*.csv} with {@code permits} permit applications, one
 * commitment for every fifth, a case for every tenth and a reconsideration for every thousandth
 * (at least ten of each), all valid, deterministic for a given size. Large sources are split into
 * files of at most a million rows, as daily or monthly exports would be.
 */
public final class SyntheticExports {

	static final int ROWS_PER_FILE = 1_000_000;

	private static final String[] CHANNELS = { "网上", "一网通办", "窗口", "自助", "邮寄" };

	private static final String[] CATEGORIES = { "立案查处", "调解处置", "行政诉讼", "其他执法" };

	private final Path root;

	private final int year;

	private final SplittableRandom random = new SplittableRandom(20201231L);

	public SyntheticExports(Path output, int year) {
		this.root = output.resolve(String.valueOf(year));
		this.year = year;
	}

	/** @return the number of data rows written, all sources together */
	public long write(long permits) throws IOException {
		long commitments = Math.max(10, permits / 5);
		long cases = Math.max(10, permits / 10);
		long reviews = Math.max(10, permits / 1000);
		write("permit", "办件编号,事项编码,事项名称,事项类型,受理日期,办结日期,办理结果,申请方式,承诺时限,是否告知承诺", permits,
				this::permit);
		write("commitment", "承诺书编号,证明事项编码,关联办件编号,承诺日期,核查情况,核查日期", commitments, this::commitment);
		write("case", "案件编号,案件类别,立案日期,结案日期,涉及人数,农民工人数,追回金额(元),是否公布重大违法行为,是否移送公安", cases,
				this::enforcementCase);
		write("review", "复议案号,收到申请日期,受理情况,受理日期,结案日期,复议决定", reviews, this::review);
		return permits + commitments + cases + reviews;
	}

	/** Writes one row for record number {@code n}. */
	@FunctionalInterface
	private interface Row {

		void write(StringBuilder line, long n);

	}

	private void write(String source, String header, long rows, Row row) throws IOException {
		Path folder = Files.createDirectories(this.root.resolve(source));
		StringBuilder line = new StringBuilder(256);
		for (long first = 0; first < rows; first += ROWS_PER_FILE) {
			Path file = folder.resolve(String.format("%s-%04d.csv", source, first / ROWS_PER_FILE));
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(header);
				out.write('\n');
				for (long n = first; n < Math.min(rows, first + ROWS_PER_FILE); n++) {
					line.setLength(0);
					row.write(line, n);
					out.append(line).append('\n');
				}
			}
		}
	}

	/** Every fifth permit is a commitment case, referenced by the commitment of the same number. */
	private void permit(StringBuilder line, long n) {
		LocalDate applied = day(n);
		int item = (int) (n % 40);
		boolean done = this.random.nextInt(100) < 97;
		line.append("BJ").append(this.year).append(n).append(",RS-").append(item).append(",服务事项").append(item)
			.append(',').append((item % 3 == 0) ? "行政许可" : "公共服务").append(',').append(applied).append(',');
		if (done) {
			line.append(applied.plusDays(this.random.nextInt(15)));
		}
		line.append(',').append(done ? "办结" : "办理中").append(',').append(CHANNELS[this.random.nextInt(CHANNELS.length)])
			.append(',').append(5 + 5 * this.random.nextInt(3)).append(',').append((n % 5 == 0) ? "是" : "否");
	}

	private void commitment(StringBuilder line, long n) {
		LocalDate committed = day(n * 5);
		boolean verified = this.random.nextInt(100) < 5;
		line.append("CN").append(this.year).append(n).append(",ZM-RS-0").append(String.format("%02d", 1 + n % 19))
			.append(",BJ").append(this.year).append(n * 5).append(',').append(committed).append(',')
			.append(verified ? "属实" : "未核查").append(',');
		if (verified) {
			line.append(committed.plusDays(10));
		}
	}

	private void enforcementCase(StringBuilder line, long n) {
		LocalDate opened = day(n);
		String category = CATEGORIES[(int) (n % CATEGORIES.length)];
		line.append("ZJ").append(this.year).append('-').append(n).append(',').append(category).append(',')
			.append(opened).append(',');
		if (this.random.nextBoolean()) {
			line.append(opened.plusDays(this.random.nextInt(60)));
		}
		line.append(',').append(1 + this.random.nextInt(30)).append(',').append(this.random.nextInt(30)).append(',')
			.append(this.random.nextInt(500_000)).append('.').append(String.format("%02d", this.random.nextInt(100)))
			.append(',').append((n % 50 == 0) ? "是" : "否").append(',').append((n % 60 == 0) ? "是" : "否");
	}

	private void review(StringBuilder line, long n) {
		LocalDate received = day(n);
		boolean accepted = n % 10 != 0;
		line.append("FY").append(this.year).append('-').append(n).append(',').append(received).append(',')
			.append(accepted ? "受理" : "不予受理").append(',');
		if (accepted) {
			line.append(received.plusDays(3)).append(',').append(received.plusDays(30)).append(",维持");
		}
		else {
			line.append(",,");
		}
	}

	/** Dates spread over the year, never outside it. */
	private LocalDate day(long n) {
		return LocalDate.of(this.year, 1, 1).plusDays(n % 365);
	}

}
