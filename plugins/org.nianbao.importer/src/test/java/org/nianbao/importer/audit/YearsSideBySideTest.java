package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nianbao.validation.IssueCodes;

/** Per organ, the key figures year by year, the similarities to the year before's and the cross-year findings. */
class YearsSideBySideTest {

	private static final String PROBLEMS = "今年信息公开平台栏目设置有待优化，依申请公开答复规范化程度有待提高。";

	private static ReportSnapshot snapshot(int applications, String problems) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		figures.put("a", BigDecimal.valueOf(applications));
		figures.put("b", null);
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("s1", "总体情况的文字，每年相同。");
		sections.put("s5", problems);
		return new ReportSnapshot(figures, Map.of("a", "甲", "b", "乙"), sections, "s5", "五、问题", List.of());
	}

	private static AuditSummary.Entry entry(String input, String organ, int year, ReportSnapshot s) {
		return new AuditSummary.Entry(input, organ, year, "T", 0, 0, List.of(), "ok", null, s);
	}

	@Test
	void yearsOfOneOrganSideBySideWithTheSimilaritiesToTheYearBefore() {
		AuditSummary s = new AuditSummary();
		s.previous.add(entry("p/2023.txt", "中山市港口镇人民政府", 2023, snapshot(20, PROBLEMS)));
		s.reports.add(entry("in/2024.txt", "中山市港口镇人民政府", 2024, snapshot(26, PROBLEMS)));
		s.reports.add(entry("in/2022.txt", "中山市 港口镇人民政府", 2022, snapshot(18, "完全不同的问题与改进措施描述。")));
		s.reports.add(entry("in/other.txt", "中山市佐龙镇人民政府", 2024, snapshot(3, PROBLEMS)));
		s.findings.add(new AuditSummary.Item("in/2024.txt", 1, 1, "warning", IssueCodes.CARRY_OVER_MISMATCH, "上年结转", "in/2024.txt",
				"中山市港口镇人民政府", 2024, "申请.上年结转.总计", "fp1", Origins.PUBLICATION));
		s.findings.add(new AuditSummary.Item("in/2024.txt", 1, 1, "error", IssueCodes.RELATION_MISMATCH, "合计", "in/2024.txt",
				"中山市港口镇人民政府", 2024, "申请.新收.总计", "fp2", Origins.PUBLICATION));

		List<YearsSideBySide.Organ> organs = YearsSideBySide.of(s);
		assertEquals(1, organs.size(), "佐龙镇 has one year and no cross-year finding");
		YearsSideBySide.Organ o = organs.get(0);
		assertEquals(List.of(2022, 2023, 2024), o.years().stream().map(YearsSideBySide.Year::year).toList());
		assertEquals(List.of(18, 20, 26), o.years().stream().map(y -> y.figures().get("a").intValue()).toList());
		assertNull(o.years().get(0).figures().get("b"));
		assertEquals("五、问题", o.repeatHeading());
		// 2022 has no year before; 2023's 五 differs from 2022's, 2024's is the same as 2023's
		assertNull(o.years().get(0).repeatSimilarity());
		assertEquals(100, o.years().get(2).repeatSimilarity());
		assertEquals(100, o.years().get(2).textSimilarity());
		int differs = o.years().get(1).repeatSimilarity();
		assertEquals(true, differs < 30, "unrelated text: " + differs);
		// the whole text shares 总体情况: between the two
		int whole = o.years().get(1).textSimilarity();
		assertEquals(true, whole > differs && whole < 100, "whole " + whole);
		// only the cross-year finding
		assertEquals(List.of("fp1"), o.findings().stream().map(AuditSummary.Item::fingerprint).toList());
	}

	@Test
	void aPagesShortNameJoinsTheOneLongerNameThatContainsIt() {
		AuditSummary s = new AuditSummary();
		s.previous.add(entry("p/2023.nianbao", "中山市港口镇人民政府", 2023, snapshot(20, PROBLEMS)));
		s.reports.add(entry("in/2024.txt", "港口镇", 2024, snapshot(26, PROBLEMS)));
		// "人民政府" is in two longer names: it joins neither
		s.reports.add(entry("in/x.txt", "人民政府", 2024, snapshot(1, PROBLEMS)));
		s.reports.add(entry("in/y.txt", "中山市佐龙镇人民政府", 2023, snapshot(1, PROBLEMS)));
		List<YearsSideBySide.Organ> organs = YearsSideBySide.of(s);
		assertEquals(1, organs.size());
		assertEquals("港口镇", organs.get(0).organ(), "the latest batch's name");
		assertEquals(List.of(20, 26), organs.get(0).years().stream().map(y -> y.figures().get("a").intValue()).toList());
	}
}
