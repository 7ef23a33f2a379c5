package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster file, the deadlines and formats it is checked with, and organ name matching. */
class RosterTest {

	@Test
	void readsQuotedCellsBomAndEmptyParents() throws Exception {
		Roster r = Roster.parse("organs.csv", "\ufefforgan,kind,parent\r\n\"中山市人民政府办公室（市政务公开办）\",部门,中山市人民政府\r\n"
				+ "中山市人民政府,政府,\r\n\r\n");
		assertEquals(List.of(new Roster.Organ("中山市人民政府办公室（市政务公开办）", "部门", "中山市人民政府"),
				new Roster.Organ("中山市人民政府", "政府", "")), r.organs());
	}

	@Test
	void refusesBadKindsHeadersDuplicatesAndOtherEncodings(@TempDir Path tmp) throws Exception {
		// the kinds are gov-2021.nianbao's deadline declarations, in its order
		var kind = assertThrows(AuditInputException.class, () -> Roster.parse("o.csv", "organ,kind,parent\n甲,政府,\n乙,县,\n"));
		assertEquals("o.csv: 第 2 条记录：类别“县”无效，应为 部门、政府、乡镇、其他 之一 (record 2: kind must be one of 部门, 政府, 乡镇, 其他)",
				kind.getMessage());
		var header = assertThrows(AuditInputException.class, () -> Roster.parse("o.csv", "机关,类别\n甲,政府\n"));
		assertTrue(header.getMessage().contains("表头 organ,kind,parent"), header.getMessage());
		// the same organ twice, once with a full-width space
		var twice = assertThrows(AuditInputException.class,
				() -> Roster.parse("o.csv", "organ,kind,parent\n中山市教育局,部门,\n中山市　教育局,部门,\n"));
		assertTrue(twice.getMessage().contains("在名册中重复（见第 1 条）"), twice.getMessage());
		Path gbk = tmp.resolve("gbk.csv");
		Files.write(gbk, "organ,kind,parent\n中山市教育局,部门,\n".getBytes("GBK"));
		var encoding = assertThrows(AuditInputException.class, () -> Roster.read(gbk));
		assertTrue(encoding.getMessage().contains("不是 UTF-8"), encoding.getMessage());
	}

	@Test
	void deadlinesAndFormats() {
		assertEquals(LocalDate.of(2025, 1, 31), Deadlines.due("部门", 2024));
		assertEquals(LocalDate.of(2025, 3, 31), Deadlines.due("政府", 2024));
		assertEquals(LocalDate.of(2025, 3, 31), Deadlines.due("乡镇", 2024));
		assertEquals(LocalDate.of(2021, 3, 31), Deadlines.due("其他", 2020));
		// the kinds and days are the deadline declarations of gov-2021.nianbao, in its order
		assertEquals(List.of("部门", "政府", "乡镇", "其他"), List.copyOf(Deadlines.kinds()));
		assertNull(Formats.expected(2018));
		assertEquals("政府信息公开年报2019", Formats.expected(2019));
		assertEquals("政府信息公开年报2019", Formats.expected(2020));
		assertEquals("政府信息公开年报2021", Formats.expected(2021));
	}

	@Test
	void namesMatchByWidthSpacingAndSimilarity() {
		assertTrue(OrganNames.same("中山市 港口镇人民政府", "中山市港口镇人民政府"));
		assertTrue(OrganNames.same("恩平市人民政府办公室（市政务公开办）", "恩平市人民政府办公室(市政务公开办)"));
		Roster r = new Roster(List.of(new Roster.Organ("中山市南朗镇人民政府", "乡镇", ""),
				new Roster.Organ("中山市三乡镇人民政府", "乡镇", "")));
		RosterCheck.Match typo = RosterCheck.match(r, "中山市南朗镇人民政俯");
		assertEquals("中山市南朗镇人民政府", typo.organ().organ());
		assertEquals(0.9, typo.similarity(), 1e-9);
		assertEquals(false, typo.exact());
		// two characters apart (0.8) is another organ, not a typo
		assertNull(RosterCheck.match(r, "中山市坦洲镇人民政府"));
	}

	@Test
	void theDefaultYearIsTheYearMostReportsHave() {
		List<AuditSummary.Entry> reports = List.of(entry(2023), entry(2024), entry(2024), entry(null), entry(2023),
				entry(2024));
		assertEquals(2024, RosterCheck.commonYear(reports));
		assertEquals(2024, RosterCheck.commonYear(List.of(entry(2023), entry(2024))), "a tie goes to the later year");
		assertNull(RosterCheck.commonYear(List.of(entry(null))));
	}

	private static AuditSummary.Entry entry(Integer year) {
		return new AuditSummary.Entry("in", "机关", year, null, 0, 0, List.of(), "ok", null);
	}
}
