package org.annualstats.operate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of the four sources as the export contract lists them, written down independently of the
 * project's own job configuration so that the rewrite does not share its mistakes.
 */
final class ExportFields {

	enum Type {

		TEXT, DATE, COUNT, MONEY, BOOL, ENUM

	}

	/** One field: its type, whether it is required, its header aliases and (enums) canonical id → synonyms. */
	record Field(String id, Type type, boolean required, List<String> aliases, Map<String, List<String>> synonyms) {

		/** The canonical id a normalised spelling stands for, or null. */
		String canonical(String spelling) {
			String wanted = normalise(spelling);
			for (Map.Entry<String, List<String>> entry : this.synonyms.entrySet()) {
				if (normalise(entry.getKey()).equals(wanted)) {
					return entry.getKey();
				}
				for (String synonym : entry.getValue()) {
					if (normalise(synonym).equals(wanted)) {
						return entry.getKey();
					}
				}
			}
			return null;
		}

	}

	private static final Map<String, List<Field>> SOURCES = new LinkedHashMap<>();

	static {
		SOURCES.put("case", List.of(text("case_no", true, "案件编号", "案号", "case_no"),
				enumeration("category", true, List.of("案件类别", "案件类型", "category"),
						Map.of("WAGE_FILED", List.of("欠薪立案", "立案查处"), "WAGE_RESOLVED",
								List.of("欠薪非立案", "非立案处置", "调解处置"), "LITIGATION", List.of("行政诉讼", "行政应诉"),
								"OTHER_ENFORCEMENT", List.of("其他执法", "其他"))),
				field("opened_on", Type.DATE, true, "立案日期", "受理日期", "登记日期", "opened_on"),
				field("closed_on", Type.DATE, false, "结案日期", "办结日期", "closed_on"),
				text("district", false, "县区", "所属区域", "区县", "district"),
				text("employer", false, "用人单位", "被投诉单位", "employer"),
				field("workers", Type.COUNT, false, "涉及人数", "涉及劳动者人数", "workers"),
				field("migrant_workers", Type.COUNT, false, "农民工人数", "涉及农民工人数", "migrant_workers"),
				field("amount_recovered", Type.MONEY, false, "追回金额", "追回工资", "追发工资金额", "amount_recovered"),
				field("published_major_violation", Type.BOOL, false, "是否公布重大违法行为", "重大违法行为公布", "published"),
				field("transferred_to_police", Type.BOOL, false, "是否移送公安", "移送公安机关", "transferred"),
				field("counsel_represented", Type.BOOL, false, "法律顾问代理", "律师代理", "counsel"),
				field("official_appeared", Type.BOOL, false, "负责人出庭", "行政机关负责人出庭应诉", "official_appeared"),
				text("review_no", false, "关联复议案号", "复议案号", "review_no")));
		SOURCES.put("review", List.of(text("review_no", true, "复议案号", "案件编号", "申请编号", "review_no"),
				field("received_on", Type.DATE, true, "收到申请日期", "申请日期", "收件日期", "received_on"),
				enumeration("acceptance", true, List.of("受理情况", "是否受理", "acceptance"),
						Map.of("ACCEPTED", List.of("受理", "已受理", "予以受理"), "NOT_ACCEPTED", List.of("不予受理", "不受理"))),
				field("accepted_on", Type.DATE, false, "受理日期", "accepted_on"),
				field("closed_on", Type.DATE, false, "结案日期", "决定日期", "closed_on"),
				enumeration("decision", false, List.of("复议决定", "决定类型", "结案方式", "decision"),
						Map.of("UPHELD", List.of("维持"), "REVOKED", List.of("撤销"), "ALTERED", List.of("变更"),
								"CONFIRMED_ILLEGAL", List.of("确认违法"), "ORDERED_TO_PERFORM", List.of("责令履行"),
								"DISMISSED", List.of("驳回"), "TERMINATED", List.of("终止"), "MEDIATED", List.of("调解"),
								"OTHER", List.of("其他"))),
				field("extended", Type.BOOL, false, "是否延期", "延期审理", "extended"),
				enumeration("procedure", false, List.of("审理程序", "适用程序", "procedure"),
						Map.of("ORDINARY", List.of("普通程序"), "SIMPLE", List.of("简易程序"))),
				text("case_no", false, "原行政行为案件编号", "关联案件编号", "case_no")));
		SOURCES.put("permit", List.of(text("application_no", true, "办件编号", "申请编号", "受理编号", "application_no"),
				text("item_code", true, "事项编码", "事项代码", "item_code"), text("item_name", false, "事项名称", "item_name"),
				enumeration("item_type", false, List.of("事项类型", "item_type"),
						Map.of("LICENSING", List.of("行政许可"), "PUBLIC_SERVICE", List.of("公共服务"), "OTHER", List.of("其他"))),
				field("applied_on", Type.DATE, true, "受理日期", "申请日期", "applied_on"),
				field("completed_on", Type.DATE, false, "办结日期", "completed_on"),
				enumeration("result", false, List.of("办理结果", "result"),
						Map.of("APPROVED", List.of("准予", "办结", "通过", "准予许可"), "REJECTED", List.of("不予", "不予许可", "退回"),
								"WITHDRAWN", List.of("撤回"), "IN_PROGRESS", List.of("办理中", "在办"))),
				enumeration("channel", false, List.of("申请方式", "办理渠道", "申报渠道", "channel"),
						Map.of("ONLINE", List.of("网上", "网办", "在线", "一网通办"), "COUNTER", List.of("窗口", "现场"),
								"SELF_SERVICE", List.of("自助"), "MAIL", List.of("邮寄"))),
				field("promised_days", Type.COUNT, false, "承诺时限", "承诺办结时限", "promised_days"),
				field("commitment_applied", Type.BOOL, false, "是否告知承诺", "告知承诺", "commitment_applied")));
		SOURCES.put("commitment", List.of(text("commitment_no", true, "承诺书编号", "告知承诺编号", "commitment_no"),
				text("certificate_code", true, "证明事项编码", "certificate_code"),
				text("certificate_name", false, "证明事项名称", "certificate_name"),
				text("application_no", false, "关联办件编号", "办件编号", "application_no"),
				field("committed_on", Type.DATE, true, "承诺日期", "签署日期", "committed_on"),
				enumeration("verification", false, List.of("核查情况", "核查结果", "verification"),
						Map.of("NOT_VERIFIED", List.of("未核查", "待核查"), "VERIFIED_TRUE", List.of("属实", "核查属实"),
								"VERIFIED_FALSE", List.of("不实", "核查不实", "虚假承诺"))),
				field("verified_on", Type.DATE, false, "核查日期", "verified_on")));
	}

	private ExportFields() {
	}

	static List<Field> of(String source) {
		return SOURCES.get(source);
	}

	static Field field(String source, String id) {
		return of(source).stream()
			.filter((f) -> f.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(source + " has no field " + id));
	}

	/** The field a header names (unit already split off), or null for an unknown column. */
	static Field byHeader(String source, String header) {
		String wanted = normalise(withoutUnit(header));
		for (Field field : of(source)) {
			for (String alias : field.aliases()) {
				if (normalise(alias).equals(wanted)) {
					return field;
				}
			}
		}
		return null;
	}

	/** How many 元 one unit of a money header is worth: 万元 → 10000, otherwise 1. */
	static BigDecimal unit(String header) {
		return normalise(header).endsWith("(万元)") ? BigDecimal.valueOf(10000) : BigDecimal.ONE;
	}

	static boolean inTenThousands(String header) {
		return unit(header).intValueExact() == 10000;
	}

	/** Trimmed, no white space, full width folded, case ignored. */
	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
	}

	private static String withoutUnit(String header) {
		return normalise(header).replaceFirst("\\((万元|元|天|自然日)\\)$", "");
	}

	private static Field text(String id, boolean required, String... aliases) {
		return field(id, Type.TEXT, required, aliases);
	}

	private static Field field(String id, Type type, boolean required, String... aliases) {
		return new Field(id, type, required, List.of(aliases), Map.of());
	}

	private static Field enumeration(String id, boolean required, List<String> aliases,
			Map<String, List<String>> synonyms) {
		return new Field(id, Type.ENUM, required, aliases, new TreeMap<>(synonyms));
	}

}
