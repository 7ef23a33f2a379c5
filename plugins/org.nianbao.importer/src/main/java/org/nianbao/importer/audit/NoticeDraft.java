package org.nianbao.importer.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nianbao.generator.docx.OfficialDocument;

/**
 * A draft notice (通报) of the audit as DOCX in the official layout ({@code audit --notice}): the
 * counts, the organs whose reports have errors, the late and the missing organs (with a roster), and
 * the most common findings. A draft for the reviewer to edit: the issuing organ is left to fill in.
 */
public final class NoticeDraft {
	private NoticeDraft() {
	}

	/** How many of the most common findings the notice names. */
	static final int COMMON = 5;
	/** The signature's placeholder for the issuing organ. */
	static final String ISSUER = "（发文机关）";

	public static byte[] docx(AuditSummary s) {
		return docx(s, LocalDate.now());
	}

	static byte[] docx(AuditSummary s, LocalDate today) {
		Integer year = s.roster != null ? Integer.valueOf(s.roster.year()) : RosterCheck.commonYear(s.reports);
		String y = year == null ? "" : year + "年度";
		String title = "关于" + y + "政府信息公开工作年度报告审核情况的通报";
		OfficialDocument d = new OfficialDocument(title, "Nianbao");
		d.title(title);
		d.paragraph("", "对各单位报送的" + y + "政府信息公开工作年度报告，依照年度报告格式逐表逐项进行了审核。现将审核情况通报如下。");

		d.heading("一、基本情况");
		Map<String, Integer> origin = s.byOrigin();
		d.paragraph("", "共审核年度报告" + s.reports.size() + "份，其中" + s.reportsWithErrors() + "份存在错误，" + s.failedInputs()
				+ "份未能导入或校验。共发现错误" + s.errorCount() + "个、警告" + s.warningCount() + "个，其中报告本身的问题"
				+ origin.get(Origins.PUBLICATION) + "个，导入时未能读取的问题" + origin.get(Origins.IMPORT) + "个。");
		if (s.roster != null) {
			d.paragraph("", "对照应报机关名册，未报送" + s.roster.missing().size() + "家，逾期发布" + s.roster.late().size() + "家，使用格式与年度不符"
					+ s.roster.wrongFormat().size() + "家，重复报送" + s.roster.duplicate().size() + "家，名册外" + s.roster.unknown().size() + "家。");
		}

		// the organs are written to about their publications' errors only, not the import's
		d.heading("二、存在错误的单位");
		Map<AuditSummary.Entry, List<AuditSummary.Item>> errors = publicationErrors(s);
		if (errors.isEmpty()) {
			d.paragraph("", "本次审核的年度报告均未发现报告本身的错误。");
		}
		int n = 1;
		for (var e : errors.entrySet()) {
			AuditSummary.Item first = e.getValue().get(0);
			d.paragraph(n++ + ".", organ(e.getKey()) + "（" + e.getValue().size() + "个错误）" + "，如：[" + first.code() + "] "
					+ first.message() + "。");
		}
		long importOnly = s.reports.stream().filter(e -> e.errors() > 0 && !errors.containsKey(e)).count();
		if (importOnly > 0) {
			d.paragraph("", "另有" + importOnly + "份报告的错误出自导入（原文未能读取），未列入，请核对原文后再定。");
		}

		d.heading("三、逾期发布和未报送的单位");
		if (s.roster == null) {
			d.paragraph("", "本次审核未提供应报机关名册，未核对报送情况。");
		} else {
			d.subheading("（一）未报送");
			d.paragraph("", s.roster.missing().isEmpty() ? "无。"
					: String.join("、", s.roster.missing().stream().map(RosterReport.Missing::organ).toList()) + "。");
			d.subheading("（二）逾期发布");
			if (s.roster.late().isEmpty()) {
				d.paragraph("", "无。");
			}
			n = 1;
			for (RosterReport.Late l : s.roster.late()) {
				d.paragraph(n++ + ".", l.organ() + "：发布日期" + l.date() + "，发布期限" + l.deadline() + "。");
			}
		}

		d.heading("四、常见问题");
		List<Common> common = common(s);
		if (common.isEmpty()) {
			d.paragraph("", "无。");
		}
		n = 1;
		for (Common c : common) {
			d.paragraph(n++ + ".", "[" + c.code() + "] 共" + c.count() + "个，涉及" + c.organs() + "个单位，如：" + c.example() + "。");
		}

		d.heading("五、工作要求");
		d.paragraph("", "请上述单位对照所列问题逐项核实，属于报告本身错误的，及时更正并重新发布；未报送和逾期发布的单位，"
				+ "按照《中华人民共和国政府信息公开条例》第四十九条、第五十条的规定，尽快完成年度报告的编制和公开工作。");
		d.signature(ISSUER, today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
		return d.bytes();
	}

	/** The reports with errors of the publication, each with them, in the batch's order. */
	static Map<AuditSummary.Entry, List<AuditSummary.Item>> publicationErrors(AuditSummary s) {
		Map<String, AuditSummary.Entry> byInput = new LinkedHashMap<>();
		s.reports.forEach(e -> byInput.putIfAbsent(e.input(), e));
		Map<AuditSummary.Entry, List<AuditSummary.Item>> result = new LinkedHashMap<>();
		s.reports.forEach(e -> result.put(e, new ArrayList<>()));
		for (AuditSummary.Item f : s.findings) {
			AuditSummary.Entry e = byInput.get(f.reportInput());
			if (e != null && f.isError() && Origins.PUBLICATION.equals(f.origin())) {
				result.get(e).add(f);
			}
		}
		result.values().removeIf(List::isEmpty);
		return result;
	}

	/** One of the most common findings: its code, how many, of how many organs, and one message. */
	record Common(String code, int count, int organs, String example) {
	}

	/** The publication's findings by code, the most frequent first (ties in code order). */
	static List<Common> common(AuditSummary s) {
		Map<String, List<AuditSummary.Item>> byCode = new LinkedHashMap<>();
		s.findings.stream().filter(f -> Origins.PUBLICATION.equals(f.origin())).sorted((a, b) -> a.code().compareTo(b.code()))
				.forEach(f -> byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f));
		List<Common> result = new ArrayList<>();
		byCode.forEach((code, list) -> {
			Set<String> organs = new LinkedHashSet<>();
			list.forEach(f -> organs.add(f.organ() == null ? f.input() : OrganNames.normalise(f.organ())));
			result.add(new Common(code, list.size(), organs.size(), list.get(0).message()));
		});
		result.sort((a, b) -> Integer.compare(b.count(), a.count()));
		return result.subList(0, Math.min(COMMON, result.size()));
	}

	private static String organ(AuditSummary.Entry e) {
		return e.organ() != null ? e.organ() : e.input();
	}
}
