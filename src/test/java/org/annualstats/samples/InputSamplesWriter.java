package org.annualstats.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample exports under {@code input-samples/} (manifest: {@code input-samples/README.md}).
 * Deterministic: one fixed seed, no clock. Clean records are generated first as small models whose
 * totals are fixed by the manifest; the files are then rendered from them in the spellings and
 * layouts the four export systems produce, and the deliberately special rows (rejects, duplicates,
 * out-of-period rows, 合计 rows) are added as extra rows.
 */
public final class InputSamplesWriter {

	private static final long SEED = 20201231L;

	private static final Charset GBK = Charset.forName("GBK");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** One date style per workbook (a style per cell would exhaust the .xls limit of 4,000). */
	private static final Map<Workbook, CellStyle> DATE_STYLES = new IdentityHashMap<>();

	private static final String[] DISTRICTS = { "潞州区", "上党区", "屯留区", "潞城区", "襄垣县", "平顺县", "黎城县", "壶关县", "长子县",
			"武乡县", "沁县", "沁源县" };

	private static final String[] FIRMS = { "恒达", "鑫源", "宏盛", "华通", "润泽", "晋安", "锦程", "瑞丰", "东方", "永泰", "金石", "昌隆" };

	private static final String[] TRADES = { "建筑工程", "建筑劳务", "商贸", "物流", "餐饮管理", "物业服务", "机械制造", "煤化工", "房地产开发",
			"装饰工程" };

	private static final String[] APPLICANTS = { "张某", "王某某", "李某", "赵某某", "刘某", "陈某", "杨某某", "长治市华通物流有限公司", "孙某",
			"周某某", "吴某", "郑某" };

	/** Service items: code, name, item type, promised working days ("" = none), takes commitments. */
	static final String[][] ITEMS = { { "RS-XK-001", "人力资源服务许可", "行政许可", "20", "Y" },
			{ "RS-XK-002", "劳务派遣经营许可", "行政许可", "20", "Y" },
			{ "RS-XK-003", "民办职业培训学校设立审批", "行政许可", "20", "N" },
			{ "RS-XK-004", "企业实行不定时工作制和综合计算工时工作制审批", "行政许可", "10", "N" },
			{ "RS-GG-001", "就业失业登记", "公共服务", "3", "Y" }, { "RS-GG-002", "失业保险金申领", "公共服务", "5", "Y" },
			{ "RS-GG-003", "职业资格证书补办", "公共服务", "10", "Y" }, { "RS-GG-004", "社会保险参保登记", "公共服务", "3", "N" },
			{ "RS-GG-005", "基本养老保险待遇申领", "公共服务", "10", "Y" }, { "RS-GG-006", "人事档案查询", "公共服务", "", "N" },
			{ "RS-GG-007", "高校毕业生就业报到", "公共服务", "5", "Y" }, { "RS-QT-001", "工伤认定", "其他", "20", "N" } };

	private static final int[] ITEM_WEIGHTS = { 4, 3, 1, 2, 20, 14, 6, 18, 10, 8, 8, 6 };

	/** Same list as jobs/reference/certificate-catalogue.csv: index i is ZM-RS-(i+1). */
	static final String[] CERTIFICATES = { "无犯罪记录证明", "亲属关系证明", "户籍证明", "学历证明", "工作经历证明", "婚姻状况证明", "居住证明",
			"未就业证明", "社会保险缴费证明", "职业资格证书证明", "专业技术职务任职资格证明", "劳动合同证明", "死亡证明", "供养直系亲属关系证明", "失业人员身份证明",
			"退役军人身份证明", "残疾人身份证明", "无违法违规经营记录证明", "办公场所使用证明" };

	/** Applications per month (2019 and 2020), fixed so the manifest can state by_month. */
	private static final int[] PERMITS_2019 = { 250, 200, 290, 295, 300, 300, 305, 295, 300, 290, 285, 390 };

	private static final int[] PERMITS_2020 = { 290, 190, 330, 340, 335, 345, 350, 335, 345, 330, 340, 470 };

	/** Text date spellings exports use; DATE_CELL and SERIAL exist only in workbooks. */
	enum DateStyle {

		ISO, SLASH, DOT, COMPACT, CHINESE, ISO_TIME, DATE_CELL, SERIAL

	}

	static final class CaseRow {

		String no, category, district, employer, reviewNo, remark = "";

		LocalDate opened, closed;

		Integer workers, migrant;

		Long yuan;

		boolean published, transferred, counsel, official;

	}

	static final class ReviewRow {

		String no, applicant, decision = "";

		LocalDate received, acceptedOn, closed;

		boolean accepted = true, extended, simple;

		CaseRow original;

	}

	static final class PermitRow {

		String no, resultWord, channelWord;

		int item;

		LocalDate applied, completed;

		boolean commitment;

	}

	static final class CommitmentRow {

		String no, applicationNo, verificationWord = "";

		int certificate;

		LocalDate committed, verifiedOn;

	}

	private final Path root;

	private final Random rnd = new Random(SEED);

	private InputSamplesWriter(Path root) {
		this.root = root;
	}

	public static void main(String[] args) throws IOException {
		new InputSamplesWriter(Path.of((args.length > 0) ? args[0] : "input-samples")).writeAll();
	}

	private void writeAll() throws IOException {
		List<CaseRow> cases2020 = cases2020();
		writeResolvedCsvGbk(dir(2020, "case").resolve("欠薪非立案处置2020.csv"), only(cases2020, "WAGE_RESOLVED"));
		writeFiledAndLitigationXlsx(dir(2020, "case").resolve("立案及应诉案件.xlsx"), cases2020);
		writeOtherEnforcementTxt(dir(2020, "case").resolve("其他执法案件.txt"), cases2020);
		writeReviewsXls(dir(2020, "review").resolve("行政复议登记表.xls"), reviews2020(cases2020));
		List<PermitRow> permits2020 = permits(2020, PERMITS_2020, 1600, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		writeMonthlyPermits2020(permits2020);
		writeCommitmentsXlsx(dir(2020, "commitment").resolve("告知承诺书台账2020.xlsx"), commitments(2020, permits2020, 19));
		writeExplanations2020(this.root.resolve("2020/explanations.csv"));

		writeCases2019Csv(dir(2019, "case").resolve("劳动保障监察及应诉案件2019.csv"), cases2019());
		writeReviews2019Csv(dir(2019, "review").resolve("reviews-2019.csv"), reviews2019());
		List<PermitRow> permits2019 = permits(2019, PERMITS_2019, 200, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 11, 30));
		writePermits2019Csv(dir(2019, "permit").resolve("permits-2019.csv"), permits2019);
		writeCommitments2019Csv(dir(2019, "commitment").resolve("commitments-2019.csv"),
				commitments(2019, permits2019, 12));
	}

	/** The reasons of the large changes of 2020, as the report gives them: 2019 was a pilot. */
	private static void writeExplanations2020(Path file) throws IOException {
		String pilot = "2019年为试点，仅6—11月开展证明事项告知承诺";
		String pilotEn = "\"2019 was a pilot, run June to November only";
		String by = ",政策法规科,2021-01-15";
		Files.writeString(file, String.join("\n", "metric_id,member,text,text_en,author,date",
				"commitment.cases,," + pilot + "，2020年全年实行，办件量不宜与上年直接比较," + pilotEn
						+ "; 2020 is the first full year, not comparable with it\"" + by,
				"commitment.items_used,," + pilot + "，试点期间仅使用12项证明事项," + pilotEn
						+ ", which used 12 of the certificates\"" + by,
				"commitment.verified,," + pilot + "，核查随办件量增加," + pilotEn + "; verifications follow the cases\""
						+ by,
				""), StandardCharsets.UTF_8);
	}

	// ---------------------------------------------------------------- case: models

	private List<CaseRow> cases2020() {
		List<CaseRow> rows = new ArrayList<>();
		// WAGE_FILED: workers 3+5+6+7 = 21, recovered 18500+26000+31500+38000 = 114000 元;
		// published on three of them, transferred on two.
		rows.add(filed("2020-03-05", "2020-04-28", 3, 18_500, true, false));
		rows.add(filed("2020-04-16", "2020-06-19", 5, 26_000, true, true));
		rows.add(filed("2020-07-08", "2020-09-25", 6, 31_500, true, true));
		rows.add(filed("2020-09-21", "2020-12-10", 7, 38_000, false, false));
		// LITIGATION: 5 closed, 3 pending; two follow an upheld reconsideration.
		String[][] litigation = { { "2020-01-15", "2020-05-20", "" }, { "2020-03-20", "2020-08-14", "FY2020-001" },
				{ "2020-04-28", "2020-09-30", "" }, { "2020-06-10", "2020-11-12", "" },
				{ "2020-08-05", "2020-12-18", "" }, { "2020-09-16", "", "" }, { "2020-11-09", "", "" },
				{ "2020-12-03", "", "FY2020-009" } };
		for (String[] l : litigation) {
			CaseRow c = caseRow("LITIGATION", d(l[0]), l[1].isEmpty() ? null : d(l[1]));
			c.counsel = true;
			c.official = true;
			c.reviewNo = l[2].isEmpty() ? null : l[2];
			rows.add(c);
		}
		// OTHER_ENFORCEMENT: 20, flags false; the first (opened 2020-06-03) is reviewed by FY2020-007.
		CaseRow reviewed = caseRow("OTHER_ENFORCEMENT", d("2020-06-03"), d("2020-07-30"));
		reviewed.workers = 12;
		reviewed.yuan = 0L;
		rows.add(reviewed);
		for (int i = 1; i < 20; i++) {
			LocalDate opened = LocalDate.ofYearDay(2020, 1 + rnd.nextInt(350));
			LocalDate closed = opened.plusDays(10 + rnd.nextInt(80));
			CaseRow c = caseRow("OTHER_ENFORCEMENT", opened, closed.getYear() == 2020 ? closed : null);
			c.workers = 1 + rnd.nextInt(40);
			c.yuan = (rnd.nextInt(3) == 0) ? null : 100L * rnd.nextInt(600);
			rows.add(c);
		}
		rows.addAll(resolved(2020, 295, 3648, 36_780_400L, 3, 4));
		number(rows, "ZJ2020-");
		return rows;
	}

	private List<CaseRow> cases2019() {
		List<CaseRow> rows = new ArrayList<>();
		rows.add(filed("2019-04-09", "2019-06-21", 4, 22_000, true, false));
		rows.add(filed("2019-07-15", "2019-09-30", 5, 28_500, true, true));
		rows.add(filed("2019-10-22", "2019-12-27", 6, 36_000, false, false));
		String[][] litigation = { { "2019-02-18", "2019-06-11" }, { "2019-05-06", "2019-09-12" },
				{ "2019-06-24", "2019-10-18" }, { "2019-08-12", "2019-12-06" }, { "2019-10-28", "" },
				{ "2019-12-02", "" } };
		for (int i = 0; i < litigation.length; i++) {
			String[] l = litigation[i];
			CaseRow c = caseRow("LITIGATION", d(l[0]), l[1].isEmpty() ? null : d(l[1]));
			c.counsel = i != 4; // 5 of 6 with counsel
			c.official = i < 4; // 4 of 6 with the official in court
			rows.add(c);
		}
		for (int i = 0; i < 15; i++) {
			LocalDate opened = LocalDate.ofYearDay(2019, 1 + rnd.nextInt(350));
			LocalDate closed = opened.plusDays(10 + rnd.nextInt(80));
			CaseRow c = caseRow("OTHER_ENFORCEMENT", opened, closed.getYear() == 2019 ? closed : null);
			c.workers = 1 + rnd.nextInt(30);
			rows.add(c);
		}
		rows.addAll(resolved(2019, 250, 3012, 29_865_300L, 2, 4));
		number(rows, "ZJ2019-");
		return rows;
	}

	private CaseRow filed(String opened, String closed, int workers, long yuan, boolean published,
			boolean transferred) {
		CaseRow c = caseRow("WAGE_FILED", d(opened), d(closed));
		c.workers = workers;
		c.migrant = workers;
		c.yuan = yuan;
		c.published = published;
		c.transferred = transferred;
		return c;
	}

	/** WAGE_RESOLVED cases whose migrant workers and amounts add up exactly to the given totals. */
	private List<CaseRow> resolved(int year, int count, int migrantTotal, long yuanTotal, int published,
			int transferred) {
		List<CaseRow> rows = new ArrayList<>();
		int[] migrant = new int[count];
		long[] weights = new long[count];
		int migrantSum = 0;
		long weightSum = 0;
		for (int i = 0; i < count; i++) {
			LocalDate opened = LocalDate.ofYearDay(year, 1 + rnd.nextInt(354));
			LocalDate closed = opened.plusDays(3 + rnd.nextInt(40));
			rows.add(caseRow("WAGE_RESOLVED", opened,
					closed.getYear() == year ? closed : LocalDate.of(year, 12, 31)));
			migrant[i] = 3 + rnd.nextInt(20);
			migrantSum += migrant[i];
			weights[i] = 15_000 + rnd.nextInt(245_000);
			weightSum += weights[i];
		}
		while (migrantSum != migrantTotal) {
			int i = rnd.nextInt(count);
			int step = Integer.signum(migrantTotal - migrantSum);
			if (migrant[i] + step >= 1) {
				migrant[i] += step;
				migrantSum += step;
			}
		}
		long yuanSum = 0;
		for (int i = 0; i < count; i++) {
			CaseRow c = rows.get(i);
			c.migrant = migrant[i];
			c.workers = migrant[i] + rnd.nextInt(3);
			c.yuan = weights[i] * yuanTotal / weightSum;
			yuanSum += c.yuan;
		}
		for (int i = 0; yuanSum < yuanTotal; i++, yuanSum++) {
			rows.get(i).yuan++;
		}
		List<Integer> order = shuffled(count);
		order.subList(0, published).forEach((i) -> rows.get(i).published = true);
		shuffled(count).subList(0, transferred).forEach((i) -> rows.get(i).transferred = true);
		return rows;
	}

	private CaseRow caseRow(String category, LocalDate opened, LocalDate closed) {
		CaseRow c = new CaseRow();
		c.category = category;
		c.opened = opened;
		c.closed = closed;
		c.district = pick(DISTRICTS);
		c.employer = "长治市" + pick(FIRMS) + pick(TRADES) + "有限公司";
		return c;
	}

	/** Case numbers follow the opening date, as the register assigns them. */
	private static void number(List<CaseRow> rows, String prefix) {
		rows.sort(Comparator.comparing((CaseRow c) -> c.opened));
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).no = prefix + String.format("%04d", i + 1);
		}
	}

	// ---------------------------------------------------------------- case: files

	/** The GBK export of the inspection system: titles, a blank row, amounts in 万元, a 合计 row. */
	private void writeResolvedCsvGbk(Path file, List<CaseRow> resolved) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		String[] words = { "调解处置", "非立案处置", "欠薪非立案" };
		int workers = 0;
		int migrant = 0;
		long yuan = 0;
		for (int i = 0; i < resolved.size(); i++) {
			CaseRow c = resolved.get(i);
			String amount = wan(c.yuan, rnd.nextBoolean());
			if (i % 9 == 4) {
				amount = "￥" + amount;
			}
			rows.add(List.of(c.no, (i == 100) ? "WAGE_RESOLVED" : words[i % 3], csvDate(c.opened), csvDate(c.closed),
					c.district, (i == 42) ? c.employer + ",第三项目部" : c.employer, "" + c.workers, "" + c.migrant,
					amount, yesNo(c.published, "是", "否"), yesNo(c.transferred, "是", "否")));
			workers += c.workers;
			migrant += c.migrant;
			yuan += c.yuan;
		}
		// Rejected rows (one reason each); they carry plausible numbers and flags so that a
		// pipeline that fails to drop them gets the figures and the 合计 check wrong.
		rows.add(40, List.of("ZJ2020-0901", "调解处置", "2020-02-30", "2020-03-06", "潞州区", "长治市瑞丰商贸有限公司", "6", "6",
				"8.2000", "否", "是"));
		rows.add(110, List.of("ZJ2020-0902", "非立案处置", "2020-05-18", "2020-06-02", "襄垣县", "长治市永泰物流有限公司", "4", "4",
				"-0.0500", "否", "否"));
		rows.add(170, List.of("ZJ2020-0903", "罚款", "2020-07-06", "2020-07-20", "上党区", "长治市金石建筑工程有限公司", "9", "9",
				"11.5000", "是", "否"));
		rows.add(230, List.of("ZJ2020-0904", "欠薪非立案", "2020-09-14", "2020-09-30", "长子县", "长治市东方装饰工程有限公司", "3", "三人",
				"2.4000", "否", "否"));
		rows.add(280, List.of("ZJ2020-0905", "调解处置", "2020-05-10", "2020-05-03", "沁县", "长治市锦程餐饮管理有限公司", "5", "5",
				"3.6000", "否", "否"));
		requireGbk(rows);
		CSVFormat crlf = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
		try (CSVPrinter out = new CSVPrinter(writer(file, GBK, false), crlf)) {
			out.printRecord("长治市劳动保障监察案件导出");
			out.printRecord("导出时间：2021-01-05 09:12");
			out.println();
			out.printRecord("案号", "案件类别", "登记日期", "办结日期", "区县", "被投诉单位", "涉及人数", "涉及农民工人数", "追回金额(万元)",
					"是否公布重大违法行为", "是否移送公安");
			for (List<String> row : rows) {
				out.printRecord(row);
			}
			// Control totals over the accepted rows of this file only.
			out.printRecord("合计", "", "", "", "", "", workers, migrant, BigDecimal.valueOf(yuan, 4).toPlainString(), "", "");
		}
	}

	/** Workbook of filed, litigation and some other cases: merged title, every date and bool spelling. */
	private void writeFiledAndLitigationXlsx(Path file, List<CaseRow> cases2020) throws IOException {
		List<CaseRow> rows = new ArrayList<>();
		// Out of period: opened in December 2019, exported again in 2020. Their flags are set so that
		// a pipeline that keeps them gets the published/transferred/litigation figures wrong.
		CaseRow late1 = filed("2019-12-20", "2020-02-26", 4, 9_600, true, true);
		late1.no = "ZJ2019-0298";
		late1.remark = "跨年度案件";
		CaseRow late2 = caseRow("LITIGATION", d("2019-12-27"), d("2020-06-30"));
		late2.no = "ZJ2019-0301";
		late2.counsel = true;
		late2.official = true;
		late2.remark = "跨年度案件";
		rows.add(late1);
		rows.add(late2);
		int others = 0;
		for (CaseRow c : cases2020) {
			if (c.category.equals("WAGE_FILED") || c.category.equals("LITIGATION")
					|| (c.category.equals("OTHER_ENFORCEMENT") && others++ < 8)) {
				rows.add(c);
			}
		}
		String[] header = { "案件编号", "案件类型", "立案日期", "结案日期", "所属区域", "用人单位", "涉及劳动者人数", "追回工资(元)", "重大违法行为公布",
				"移送公安机关", "律师代理", "行政机关负责人出庭应诉", "关联复议案号", "备注" };
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("案件登记");
			sheet.createRow(0).createCell(0).setCellValue("2020年度劳动保障监察立案及行政应诉案件登记表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
			textRow(sheet.createRow(1), header);
			DateStyle[] dates = DateStyle.values();
			for (int i = 0; i < rows.size(); i++) {
				CaseRow c = rows.get(i);
				Row r = sheet.createRow(i + 2);
				r.createCell(0).setCellValue(c.no);
				r.createCell(1).setCellValue(xlsxCategory(c.category, i));
				dateCell(wb, r, 2, c.opened, dates[(i + 4) % dates.length]);
				dateCell(wb, r, 3, c.closed, dates[(i + 1) % dates.length]);
				r.createCell(4).setCellValue(c.district);
				r.createCell(5).setCellValue(c.employer);
				if (c.workers != null) {
					r.createCell(6).setCellValue(c.workers);
				}
				amountCell(r, 7, c.yuan, i);
				int boolStyle = (i * 3) % 7;
				boolCell(r, 8, c.published, boolStyle);
				boolCell(r, 9, c.transferred, boolStyle);
				boolCell(r, 10, c.counsel, boolStyle);
				boolCell(r, 11, c.official, boolStyle);
				r.createCell(12).setCellValue((c.reviewNo == null) ? "" : c.reviewNo);
				r.createCell(13).setCellValue(c.remark);
			}
			save(wb, file);
		}
	}

	private static String xlsxCategory(String category, int row) {
		return switch (category) {
			case "WAGE_FILED" -> (row % 3 == 0) ? "立案查处" : (row % 3 == 1) ? "欠薪立案" : "WAGE_FILED";
			case "LITIGATION" -> (row % 2 == 0) ? "行政应诉" : "行政诉讼";
			default -> (row % 2 == 0) ? "其他执法" : "其他";
		};
	}

	/** Amounts in 元 as numbers, or as text with ￥ and thousands separators. */
	private static void amountCell(Row r, int col, Long yuan, int row) {
		if (yuan == null) {
			return;
		}
		switch (row % 3) {
			case 0 -> r.createCell(col).setCellValue(yuan);
			case 1 -> r.createCell(col).setCellValue(String.format("￥%,d.00", yuan));
			default -> r.createCell(col).setCellValue(String.format("%,d", yuan));
		}
	}

	/** Seven boolean spellings; style 6 writes true as 是 and false as a blank cell. */
	private static void boolCell(Row r, int col, boolean value, int style) {
		switch (style) {
			case 0 -> r.createCell(col).setCellValue(value ? "是" : "否");
			case 1 -> r.createCell(col).setCellValue(value ? "√" : "×");
			case 2 -> r.createCell(col).setCellValue(value ? "Y" : "N");
			case 3 -> r.createCell(col).setCellValue(value ? 1 : 0);
			case 4 -> r.createCell(col).setCellValue(value ? "true" : "false");
			case 5 -> r.createCell(col).setCellValue(value);
			default -> {
				if (value) {
					r.createCell(col).setCellValue("是");
				}
			}
		}
	}

	/** UTF-8 with BOM, tab-delimited, English aliases: the remaining 12 other enforcement cases. */
	private void writeOtherEnforcementTxt(Path file, List<CaseRow> cases2020) throws IOException {
		List<CaseRow> others = only(cases2020, "OTHER_ENFORCEMENT");
		try (CSVPrinter out = new CSVPrinter(writer(file, StandardCharsets.UTF_8, true),
				CSVFormat.TDF.builder().setRecordSeparator("\n").get())) {
			out.printRecord("case_no", "category", "opened_on", "closed_on", "district", "employer", "workers",
					"amount_recovered", "published", "transferred", "remark");
			String[] falseWords = { "N", "no", "false", "" };
			for (int i = 8; i < others.size(); i++) {
				CaseRow c = others.get(i);
				String no = falseWords[i % 4];
				out.printRecord(c.no, (i % 3 == 0) ? "OTHER_ENFORCEMENT" : (i % 3 == 1) ? "其他执法" : "其他",
						text(c.opened, (i % 2 == 0) ? DateStyle.ISO : DateStyle.CHINESE), text(c.closed, DateStyle.ISO),
						c.district, c.employer, c.workers, (c.yuan == null) ? "" : String.format("%,d.00", c.yuan), no,
						no, "社保稽核");
			}
		}
	}

	private void writeCases2019Csv(Path file, List<CaseRow> rows) throws IOException {
		try (CSVPrinter out = new CSVPrinter(writer(file, StandardCharsets.UTF_8, false),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			out.printRecord("案件编号", "案件类别", "立案日期", "结案日期", "县区", "用人单位", "涉及人数", "农民工人数", "追回金额(元)", "是否公布重大违法行为",
					"是否移送公安", "法律顾问代理", "负责人出庭", "关联复议案号");
			for (CaseRow c : rows) {
				String category = switch (c.category) {
					case "WAGE_FILED" -> "欠薪立案";
					case "WAGE_RESOLVED" -> "非立案处置";
					case "LITIGATION" -> "行政诉讼";
					default -> "其他执法";
				};
				out.printRecord(c.no, category, text(c.opened, DateStyle.ISO), text(c.closed, DateStyle.ISO), c.district,
						c.employer, str(c.workers), str(c.migrant), (c.yuan == null) ? "" : c.yuan + ".00",
						yesNo(c.published, "是", "否"), yesNo(c.transferred, "是", "否"), yesNo(c.counsel, "是", "否"),
						yesNo(c.official, "是", "否"), "");
			}
		}
	}

	// ---------------------------------------------------------------- review

	private List<ReviewRow> reviews2020(List<CaseRow> cases) {
		List<ReviewRow> rows = new ArrayList<>();
		// received, accepted, closed, decision, flags (E = extended, S = simple, N = not accepted)
		rows.add(review("2020-01-08", "2020-01-13", "2020-03-06", "维持", ""));
		rows.add(review("2020-03-02", "2020-03-09", "2020-06-01", "撤销", "E")); // 84 days: on time only as extended
		rows.add(review("2020-04-20", "", "", "", "N"));
		rows.add(review("2020-05-06", "2020-05-11", "2020-06-05", "维持", "S")); // simple procedure, 25 days
		rows.add(review("2020-05-25", "2020-05-29", "2020-07-20", "确认违法", ""));
		// 2020-08-02 + 60 = 2020-10-01, inside the 国庆 holiday (Oct 1-8): on time only by the holiday rule.
		rows.add(review("2020-07-27", "2020-08-02", "2020-10-09", "维持", ""));
		rows.add(review("2020-08-17", "2020-08-21", "2020-10-16", "驳回", ""));
		rows.add(review("2020-09-07", "2020-09-11", "2020-10-30", "终止", ""));
		rows.add(review("2020-09-28", "2020-09-30", "2020-11-20", "维持", ""));
		rows.add(review("2020-11-02", "2020-11-06", "", "", ""));
		rows.add(review("2020-11-23", "2020-11-27", "", "", ""));
		rows.add(review("2020-12-14", "2020-12-18", "", "", ""));
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).no = String.format("FY2020-%03d", i + 1);
		}
		// Two reviews of the bureau's own 2020 enforcement decisions.
		rows.get(4).original = cases.stream().filter((c) -> c.opened.equals(d("2020-03-05"))).findFirst().orElseThrow();
		rows.get(6).original = cases.stream().filter((c) -> c.opened.equals(d("2020-06-03"))).findFirst().orElseThrow();
		return rows;
	}

	private List<ReviewRow> reviews2019() {
		List<ReviewRow> rows = new ArrayList<>();
		rows.add(review("2019-01-14", "2019-01-18", "2019-03-12", "维持", ""));
		rows.add(review("2019-03-04", "2019-03-08", "2019-04-26", "撤销", ""));
		rows.add(review("2019-04-15", "2019-04-19", "2019-06-14", "维持", ""));
		rows.add(review("2019-05-20", "", "", "", "N"));
		rows.add(review("2019-06-10", "2019-06-14", "2019-07-10", "维持", "S"));
		rows.add(review("2019-07-22", "2019-07-26", "2019-09-20", "驳回", ""));
		rows.add(review("2019-08-26", "2019-08-30", "2019-10-25", "终止", ""));
		rows.add(review("2019-09-23", "2019-09-27", "2019-12-20", "维持", "E"));
		rows.add(review("2019-11-11", "2019-11-15", "", "", ""));
		rows.add(review("2019-12-09", "2019-12-13", "", "", ""));
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).no = String.format("FY2019-%03d", i + 1);
		}
		return rows;
	}

	private ReviewRow review(String received, String accepted, String closed, String decision, String flags) {
		ReviewRow r = new ReviewRow();
		r.applicant = pick(APPLICANTS);
		r.received = d(received);
		r.acceptedOn = accepted.isEmpty() ? null : d(accepted);
		r.closed = closed.isEmpty() ? null : d(closed);
		r.decision = decision;
		r.accepted = !flags.contains("N");
		r.extended = flags.contains("E");
		r.simple = flags.contains("S");
		return r;
	}

	/** Legacy .xls with a title row; acceptance spelled three ways, dates as cells and as text. */
	private void writeReviewsXls(Path file, List<ReviewRow> reviews) throws IOException {
		String[] header = { "复议案号", "申请人", "收到申请日期", "受理情况", "受理日期", "审理程序", "是否延期", "结案日期", "复议决定", "原行政行为案件编号" };
		String[] accepted = { "予以受理", "已受理", "受理" };
		DateStyle[] closedStyles = { DateStyle.SLASH, DateStyle.CHINESE, DateStyle.DOT, DateStyle.DATE_CELL };
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			Sheet sheet = wb.createSheet("复议登记");
			sheet.createRow(0).createCell(0).setCellValue("2020年行政复议案件登记表");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
			textRow(sheet.createRow(1), header);
			for (int i = 0; i < reviews.size(); i++) {
				ReviewRow v = reviews.get(i);
				Row r = sheet.createRow(i + 2);
				r.createCell(0).setCellValue(v.no);
				r.createCell(1).setCellValue(v.applicant);
				dateCell(wb, r, 2, v.received, DateStyle.DATE_CELL);
				r.createCell(3).setCellValue(v.accepted ? accepted[i % 3] : "不予受理");
				dateCell(wb, r, 4, v.acceptedOn, (i % 2 == 0) ? DateStyle.DATE_CELL : DateStyle.ISO);
				r.createCell(5).setCellValue(v.simple ? "简易程序" : (i % 2 == 0) ? "普通程序" : "");
				r.createCell(6).setCellValue(v.extended ? "是" : (i % 2 == 0) ? "否" : "");
				dateCell(wb, r, 7, v.closed, closedStyles[i % closedStyles.length]);
				r.createCell(8).setCellValue(v.decision);
				r.createCell(9).setCellValue((v.original == null) ? "" : v.original.no);
			}
			save(wb, file);
		}
	}

	private void writeReviews2019Csv(Path file, List<ReviewRow> reviews) throws IOException {
		try (CSVPrinter out = new CSVPrinter(writer(file, StandardCharsets.UTF_8, false),
				CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			out.printRecord("复议案号", "申请人", "申请日期", "是否受理", "受理日期", "适用程序", "延期审理", "决定日期", "决定类型", "关联案件编号");
			for (ReviewRow v : reviews) {
				out.printRecord(v.no, v.applicant, text(v.received, DateStyle.ISO), v.accepted ? "受理" : "不受理",
						text(v.acceptedOn, DateStyle.ISO), v.simple ? "简易程序" : "普通程序", v.extended ? "是" : "否",
						text(v.closed, DateStyle.ISO), v.decision, "");
			}
		}
	}

	// ---------------------------------------------------------------- permit

	/**
	 * Applications per month as given, numbered by application date. Exactly {@code committed} of
	 * them (items that take commitments, applied within [from, to]) have 是否告知承诺=是. On-time
	 * completions take at most the promised number of calendar days and late ones at least
	 * 2×promised+13, so on-time status does not depend on the holiday calendar.
	 */
	private List<PermitRow> permits(int year, int[] perMonth, int committed, LocalDate from, LocalDate to) {
		List<PermitRow> rows = new ArrayList<>();
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		for (int m = 1; m <= 12; m++) {
			for (int k = 0; k < perMonth[m - 1]; k++) {
				PermitRow p = new PermitRow();
				p.item = weighted(ITEM_WEIGHTS);
				p.applied = LocalDate.of(year, m, 1 + rnd.nextInt(LocalDate.of(year, m, 1).lengthOfMonth()));
				// Most weekend applications are moved to a weekday of the same month.
				while (weekend(p.applied) && rnd.nextInt(10) < 7) {
					p.applied = p.applied.withDayOfMonth(1 + rnd.nextInt(p.applied.lengthOfMonth()));
				}
				p.channelWord = channelWord();
				Integer promised = promised(p.item);
				boolean late = promised != null && rnd.nextInt(100) < 6;
				int bound = (promised == null) ? 2 : promised;
				LocalDate done = p.applied.plusDays(late ? 2L * bound + 15 + rnd.nextInt(10) : rnd.nextInt(bound + 1));
				while (weekend(done) && done.isAfter(p.applied)) {
					done = done.minusDays(1);
				}
				boolean open = done.isAfter(yearEnd) || (m >= 11 && rnd.nextInt(100) < 4);
				p.completed = open ? null : done;
				p.resultWord = open ? pick(new String[] { "办理中", "在办" }) : resultWord();
				rows.add(p);
			}
		}
		rows.sort(Comparator.comparing((PermitRow p) -> p.applied));
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).no = String.format("BJ%d%04d", year, i + 1);
		}
		List<PermitRow> candidates = new ArrayList<>(rows.stream()
			.filter((p) -> ITEMS[p.item][4].equals("Y") && !p.applied.isBefore(from) && !p.applied.isAfter(to))
			.toList());
		Collections.shuffle(candidates, rnd);
		candidates.subList(0, committed).forEach((p) -> p.commitment = true);
		return rows;
	}

	private static Integer promised(int item) {
		return ITEMS[item][3].isEmpty() ? null : Integer.valueOf(ITEMS[item][3]);
	}

	private String channelWord() {
		int u = rnd.nextInt(100);
		if (u < 70) {
			return pick(new String[] { "网上", "网上", "一网通办", "一网通办", "网办", "在线" });
		}
		return (u < 92) ? pick(new String[] { "窗口", "窗口", "窗口", "现场" }) : (u < 97) ? "自助" : "邮寄";
	}

	private String resultWord() {
		int u = rnd.nextInt(100);
		if (u < 93) {
			return pick(new String[] { "办结", "办结", "准予", "通过", "准予许可" });
		}
		return (u < 99) ? pick(new String[] { "不予", "不予许可", "退回" }) : "撤回";
	}

	/**
	 * Twelve monthly files; file M repeats the records applied in the last three days of month M-1
	 * (identical after parsing, re-spelled in file M's date style).
	 */
	private void writeMonthlyPermits2020(List<PermitRow> permits) throws IOException {
		PermitRow conflictA = first(permits, "2020-03-30");
		conflictA.completed = d("2020-04-03");
		conflictA.resultWord = "办结";
		PermitRow conflictB = first(permits, "2020-06-29");
		conflictB.completed = d("2020-06-30");
		conflictB.resultWord = "不予";
		// Completed after as_of (2020-12-31): applications of 2020 that do not count as completed.
		for (String[] after : new String[][] { { "2020-12-28", "2021-01-04" }, { "2020-12-29", "2021-01-05" } }) {
			PermitRow p = first(permits, after[0]);
			p.completed = d(after[1]);
			p.resultWord = "办结";
		}
		// month: delimiter, line end, BOM, header variant (A/B/C), date style
		Object[][] files = { { ',', "\r\n", true, 'A', DateStyle.ISO }, { ',', "\r\n", false, 'A', DateStyle.SLASH },
				{ ',', "\r\n", false, 'B', DateStyle.DOT }, { ',', "\r\n", true, 'A', DateStyle.COMPACT },
				{ ',', "\r\n", false, 'B', DateStyle.CHINESE }, { ',', "\r\n", false, 'A', DateStyle.ISO_TIME },
				{ '\t', "\n", false, 'C', DateStyle.ISO }, { ',', "\n", false, 'A', DateStyle.SLASH },
				{ ',', "\n", true, 'B', DateStyle.ISO }, { ',', "\n", false, 'A', DateStyle.CHINESE },
				{ '\t', "\n", false, 'B', DateStyle.SLASH }, { ',', "\n", false, 'A', DateStyle.ISO } };
		for (int m = 1; m <= 12; m++) {
			final int month = m;
			List<String[]> rows = new ArrayList<>();
			Object[] f = files[m - 1];
			char variant = (Character) f[3];
			DateStyle style = (DateStyle) f[4];
			for (PermitRow p : permits) {
				boolean overlap = p.applied.getMonthValue() == month - 1
						&& p.applied.getDayOfMonth() > p.applied.lengthOfMonth() - 3;
				if (overlap || p.applied.getMonthValue() == month) {
					rows.add(permitCells(p, variant, style));
				}
			}
			switch (month) {
				// Conflicting duplicates: the earlier file's version loses to the later file's.
				case 3 -> replace(rows, conflictA, permitCells(stale(conflictA, null, "办理中"), variant, style));
				case 6 -> replace(rows, conflictB, permitCells(stale(conflictB, conflictB.completed, "准予"), variant, style));
				// Rejected rows.
				case 5 -> rows.add(100, permitCells(extra("BJ20209901", 4, "2020-05-12", "2020-05-08", "网上"), variant, style));
				case 8 -> rows.add(100, permitCells(extra("", 7, "2020-08-14", "2020-08-17", "窗口"), variant, style));
				case 10 -> rows.add(100, permitCells(extra("BJ20209902", 5, "2020-10-20", "2020-10-23", "传真"), variant, style));
				// Out of period: applied 2021-01-02, still in the December export.
				case 12 -> rows.add(permitCells(extra("BJ20210002", 5, "2021-01-02", "", "网上"), variant, style));
				default -> {
				}
			}
			writeDelimited(dir(2020, "permit").resolve(String.format("permit-2020-%02d.csv", month)), (Character) f[0],
					(String) f[1], (Boolean) f[2], permitHeader(variant), rows);
		}
	}

	private static String[] permitHeader(char variant) {
		return switch (variant) {
			case 'A' -> new String[] { "办件编号", "事项编码", "事项名称", "事项类型", "受理日期", "办结日期", "办理结果", "申请方式", "承诺时限", "是否告知承诺" };
			case 'B' -> new String[] { "申请编号", "事项名称", "事项代码", "事项类型", "办理部门", "申请日期", "办结日期", "办理结果", "办理渠道", "承诺办结时限",
					"告知承诺" };
			default -> new String[] { "application_no", "item_code", "item_name", "item_type", "applied_on", "completed_on",
					"result", "channel", "promised_days", "commitment_applied" };
		};
	}

	/** One permit row in the layout of a header variant; 15 % of dates in another text style. */
	private String[] permitCells(PermitRow p, char variant, DateStyle style) {
		String[] item = ITEMS[p.item];
		DateStyle[] text = { DateStyle.ISO, DateStyle.SLASH, DateStyle.DOT, DateStyle.COMPACT, DateStyle.CHINESE,
				DateStyle.ISO_TIME };
		DateStyle rowStyle = (rnd.nextInt(100) < 15) ? text[rnd.nextInt(text.length)] : style;
		String applied = text(p.applied, rowStyle);
		String completed = text(p.completed, rowStyle);
		return switch (variant) {
			case 'A' -> new String[] { p.no, item[0], item[1], item[2], applied, completed, p.resultWord, p.channelWord,
					item[3], yesNo(p.commitment, "是", "否") };
			case 'B' -> new String[] { p.no, item[1], item[0], item[2], "长治市人力资源和社会保障局,行政审批科", applied, completed,
					p.resultWord, p.channelWord, item[3], yesNo(p.commitment, "Y", "N") };
			default -> new String[] { p.no, item[0], item[1], item[2].equals("行政许可") ? "LICENSING"
					: item[2].equals("公共服务") ? "PUBLIC_SERVICE" : "OTHER", applied, completed, p.resultWord,
					p.channelWord, item[3], yesNo(p.commitment, "1", "0") };
		};
	}

	private void writePermits2019Csv(Path file, List<PermitRow> permits) throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (PermitRow p : permits) {
			rows.add(permitCells(p, 'A', DateStyle.ISO));
		}
		writeDelimited(file, ',', "\n", false, permitHeader('A'), rows);
	}

	private static PermitRow stale(PermitRow p, LocalDate completed, String resultWord) {
		PermitRow copy = extra(p.no, p.item, p.applied.toString(), "", p.channelWord);
		copy.commitment = p.commitment;
		copy.completed = completed;
		copy.resultWord = resultWord;
		return copy;
	}

	private static PermitRow extra(String no, int item, String applied, String completed, String channel) {
		PermitRow p = new PermitRow();
		p.no = no;
		p.item = item;
		p.applied = d(applied);
		p.completed = completed.isEmpty() ? null : d(completed);
		p.resultWord = completed.isEmpty() ? "办理中" : "办结";
		p.channelWord = channel;
		return p;
	}

	private static PermitRow first(List<PermitRow> permits, String applied) {
		return permits.stream()
			.filter((p) -> p.applied.equals(d(applied)) && promised(p.item) != null && promised(p.item) >= 5)
			.findFirst()
			.orElseThrow();
	}

	private static void replace(List<String[]> rows, PermitRow p, String[] cells) {
		rows.replaceAll((row) -> row[0].equals(p.no) ? cells : row);
	}

	// ---------------------------------------------------------------- commitment

	/** One commitment per permit with 是否告知承诺=是, signed the day of the application. */
	private List<CommitmentRow> commitments(int year, List<PermitRow> permits, int certificatesUsed) {
		List<CommitmentRow> rows = new ArrayList<>();
		for (PermitRow p : permits) {
			if (p.commitment) {
				CommitmentRow c = new CommitmentRow();
				c.applicationNo = p.no;
				c.committed = p.applied;
				c.certificate = rnd.nextInt(certificatesUsed);
				rows.add(c);
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).no = String.format("CN%d-%05d", year, i + 1);
		}
		// Every certificate of the range is used at least once.
		List<Integer> positions = shuffled(rows.size());
		for (int k = 0; k < certificatesUsed; k++) {
			rows.get(positions.get(k)).certificate = k;
		}
		// About 5 % verified (only commitments signed by October, so the check falls in the year).
		List<CommitmentRow> verifiable = new ArrayList<>(
				rows.stream().filter((c) -> c.committed.getMonthValue() <= 10).toList());
		Collections.shuffle(verifiable, rnd);
		int verified = rows.size() / 20;
		int falseOnes = Math.max(1, verified / 10);
		String[] trueWords = { "核查属实", "属实" };
		String[] falseWords = { "核查不实", "不实", "虚假承诺" };
		for (int i = 0; i < verified; i++) {
			CommitmentRow c = verifiable.get(i);
			c.verificationWord = (i < falseOnes) ? falseWords[i % 3] : trueWords[i % 2];
			c.verifiedOn = c.committed.plusDays(7 + rnd.nextInt(54));
		}
		String[] notVerified = { "未核查", "未核查", "待核查", "", "", "" };
		rows.stream().filter((c) -> c.verifiedOn == null).forEach((c) -> c.verificationWord = pick(notVerified));
		return rows;
	}

	private void writeCommitmentsXlsx(Path file, List<CommitmentRow> commitments) throws IOException {
		List<Object[]> rows = new ArrayList<>();
		for (CommitmentRow c : commitments) {
			rows.add(new Object[] { c.no, code(c.certificate), CERTIFICATES[c.certificate], c.applicationNo, c.committed,
					c.verificationWord, c.verifiedOn });
		}
		// Rejected rows: verified before it was signed; certificate code missing.
		rows.add(500, new Object[] { "CN2020-09001", code(3), CERTIFICATES[3], "", d("2020-07-15"), "核查属实",
				d("2020-07-01") });
		rows.add(1200, new Object[] { "CN2020-09002", "", "", "", d("2020-09-08"), "未核查", null });
		String[] header = { "承诺书编号", "证明事项编码", "证明事项名称", "关联办件编号", "签署日期", "核查结果", "核查日期", "经办人" };
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet("承诺台账");
			textRow(sheet.createRow(0), header);
			for (int i = 0; i < rows.size(); i++) {
				Object[] v = rows.get(i);
				Row r = sheet.createRow(i + 1);
				for (int col = 0; col < 4; col++) {
					r.createCell(col).setCellValue((String) v[col]);
				}
				dateCell(wb, r, 4, (LocalDate) v[4], (i % 10 == 3) ? DateStyle.SLASH : DateStyle.DATE_CELL);
				r.createCell(5).setCellValue((String) v[5]);
				dateCell(wb, r, 6, (LocalDate) v[6], (i % 2 == 0) ? DateStyle.DATE_CELL : DateStyle.ISO);
				r.createCell(7).setCellValue(pick(new String[] { "郭某", "牛某某", "申某" }));
			}
			Sheet notes = wb.createSheet("填表说明");
			notes.createRow(0).createCell(0).setCellValue("本表为证明事项告知承诺制承诺书台账，核查结果填写：未核查、核查属实、核查不实。");
			save(wb, file);
		}
	}

	private void writeCommitments2019Csv(Path file, List<CommitmentRow> commitments) throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (CommitmentRow c : commitments) {
			rows.add(new String[] { c.no, code(c.certificate), CERTIFICATES[c.certificate], c.applicationNo,
					text(c.committed, DateStyle.ISO), c.verificationWord, text(c.verifiedOn, DateStyle.ISO) });
		}
		writeDelimited(file, ',', "\n", false,
				new String[] { "承诺书编号", "证明事项编码", "证明事项名称", "关联办件编号", "承诺日期", "核查情况", "核查日期" }, rows);
	}

	private static String code(int certificate) {
		return String.format("ZM-RS-%03d", certificate + 1);
	}

	// ---------------------------------------------------------------- rendering helpers

	static String text(LocalDate date, DateStyle style) {
		if (date == null) {
			return "";
		}
		int y = date.getYear();
		int m = date.getMonthValue();
		int d = date.getDayOfMonth();
		return switch (style) {
			case SLASH -> y + "/" + m + "/" + d;
			case DOT -> y + "." + m + "." + d;
			case COMPACT -> String.format("%d%02d%02d", y, m, d);
			case CHINESE -> y + "年" + m + "月" + d + "日";
			case ISO_TIME -> date + " 14:30";
			default -> date.toString();
		};
	}

	private String csvDate(LocalDate date) {
		return text(date, rnd.nextInt(3) == 0 ? DateStyle.SLASH : DateStyle.ISO);
	}

	/** 元 as 万元 with four decimals, or with trailing zeros dropped. */
	private static String wan(long yuan, boolean strip) {
		BigDecimal wan = BigDecimal.valueOf(yuan, 4);
		return strip ? wan.stripTrailingZeros().toPlainString() : wan.toPlainString();
	}

	private static void dateCell(Workbook wb, Row r, int col, LocalDate date, DateStyle style) {
		if (date == null) {
			return;
		}
		Cell cell = r.createCell(col);
		switch (style) {
			case DATE_CELL -> {
				cell.setCellValue(date);
				cell.setCellStyle(DATE_STYLES.computeIfAbsent(wb, (w) -> {
					CellStyle dateStyle = w.createCellStyle();
					dateStyle.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
					return dateStyle;
				}));
			}
			case SERIAL -> cell.setCellValue(ChronoUnit.DAYS.between(EXCEL_EPOCH, date));
			default -> cell.setCellValue(text(date, style));
		}
	}

	private static void textRow(Row row, String[] values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static void save(Workbook wb, Path file) throws IOException {
		if (wb instanceof XSSFWorkbook x) {
			// Fixed creation time: the default is "now", which would make every run differ.
			x.getProperties().getCoreProperties().setCreated(Optional.of(new Date(1609459200000L)));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		wb.write(bytes);
		Files.write(file, (wb instanceof XSSFWorkbook) ? fixedZipTimes(bytes.toByteArray()) : bytes.toByteArray());
	}

	/** Re-zips an .xlsx with a fixed time on every entry: POI stamps entries with the clock. */
	private static byte[] fixedZipTimes(byte[] zip) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(LocalDateTime.of(2021, 1, 1, 0, 0));
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static void writeDelimited(Path file, char delimiter, String lineEnd, boolean bom, String[] header,
			List<String[]> rows) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(lineEnd).get();
		try (CSVPrinter out = new CSVPrinter(writer(file, StandardCharsets.UTF_8, bom), format)) {
			out.printRecord((Object[]) header);
			for (String[] row : rows) {
				out.printRecord((Object[]) row);
			}
		}
	}

	private static Writer writer(Path file, Charset charset, boolean bom) throws IOException {
		Writer w = new OutputStreamWriter(Files.newOutputStream(file), charset);
		if (bom) {
			w.write('\uFEFF');
		}
		return w;
	}

	private static void requireGbk(List<List<String>> rows) {
		for (List<String> row : rows) {
			for (String cell : row) {
				if (!GBK.newEncoder().canEncode(cell)) {
					throw new IllegalStateException("not encodable in GBK: " + cell);
				}
			}
		}
	}

	private Path dir(int year, String source) throws IOException {
		return Files.createDirectories(root.resolve(Integer.toString(year)).resolve(source));
	}

	private static List<CaseRow> only(List<CaseRow> rows, String category) {
		return rows.stream().filter((c) -> c.category.equals(category)).toList();
	}

	private List<Integer> shuffled(int n) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		Collections.shuffle(order, rnd);
		return order;
	}

	private int weighted(int[] weights) {
		int u = rnd.nextInt(Arrays.stream(weights).sum());
		for (int i = 0;; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
	}

	private <T> T pick(T[] values) {
		return values[rnd.nextInt(values.length)];
	}

	private static boolean weekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String yesNo(boolean value, String yes, String no) {
		return value ? yes : no;
	}

	private static String str(Integer value) {
		return (value == null) ? "" : value.toString();
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

}
