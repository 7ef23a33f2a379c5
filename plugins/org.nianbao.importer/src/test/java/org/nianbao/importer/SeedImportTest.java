package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.importer.ImportFixtures.cells;
import static org.nianbao.importer.ImportFixtures.nums;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;

class SeedImportTest {

	private static Importer.Result importSeed(int n) throws Exception {
		return ImportFixtures.importer().importFile(ImportFixtures.seed(n), Importer.TemplateChoice.AUTO);
	}

	@Test
	void seed000CarriesTheSameNumbersAsTheHandWrittenReport() throws Exception {
		Report imported = ImportFixtures.parse(importSeed(0).source());
		Report hand = ImportFixtures.parse(ImportFixtures.root().resolve("examples/gangkou-2024.nianbao"));
		Map<String, List<BigDecimal>> expected = cells(hand);
		assertEquals(32, expected.size(), "rows in the hand-written report");
		assertEquals(expected, cells(imported));
	}

	@Test
	void seed004CarriesTheSameNumbersAsTheHandWrittenReport() throws Exception {
		Report imported = ImportFixtures.parse(importSeed(4).source());
		Report hand = ImportFixtures.parse(ImportFixtures.root().resolve("examples/enping-2024.nianbao"));
		assertEquals(cells(hand), cells(imported));
	}

	@Test
	void seed004NumbersAsPublished() throws Exception {
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(importSeed(4).source()));
		assertEquals(nums(5, 9, 20), c.get("规章文件/规范性文件"));
		assertEquals(nums(6, 3, 0, 0, 2, 0, 11), c.get("申请/新收"));
		assertEquals(nums(1, 2, 0, 0, 0, 0, 3), c.get("申请/办理结果.部分公开"));
		assertEquals(nums(0, 1, 0, 0, 0, 0, 1), c.get("申请/办理结果.无法提供.不掌握"));
		assertEquals(nums(1, 0, 0, 0, 0, 0, 1), c.get("申请/办理结果.无法提供.另行制作"));
		assertEquals(nums(0, 0, 0, 0, 2, 0, 2), c.get("申请/办理结果.其他处理.其他"));
		assertEquals(nums(4, 3, 0, 0, 2, 0, 9), c.get("申请/办理结果.总计"));
		assertEquals(nums(2, 0, 0, 0, 0, 0, 2), c.get("申请/结转下年"));
		assertEquals(nums(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), c.get("复议诉讼/件数"));
	}

	@Test
	void seed002EveryCellIsZeroAndEveryRowIsThere() throws Exception {
		Importer.Result r = importSeed(2);
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(r.source()));
		// 规章文件 2 rows, 行政许可 1, 处罚强制 2, 收费 1, 申请 25, 复议诉讼 1
		assertEquals(32, c.size());
		int count = 0;
		for (var e : c.entrySet()) {
			for (BigDecimal v : e.getValue()) {
				assertEquals(BigDecimal.ZERO, v, e.getKey());
				count++;
			}
		}
		assertEquals(2 * 3 + 1 + 2 + 1 + 25 * 7 + 15, count);
		assertEquals("岚皋县佐龙镇人民政府", r.report().organ);
		assertEquals("佐龙镇人民政府2024年度信息公开工作年度报告", r.report().title);
		assertEquals(2024, r.report().year);
	}

	@Test
	void seed000KeepsUnitsAndRemarksAsNotes() throws Exception {
		Importer.Result r = importSeed(0);
		Report report = ImportFixtures.parse(r.source());
		RowData fee = row(report, "行政事业性收费");
		NumberCell feeCell = (NumberCell) fee.getCells().get(0);
		assertEquals(new BigDecimal("2862"), feeCell.getValue());
		assertEquals("2862万元", feeCell.getNote());
		NumberCell repealed = (NumberCell) row(report, "规范性文件").getCells().get(1);
		assertEquals(new BigDecimal("4"), repealed.getValue());
		assertEquals("1个废止,3个到期自动失效", repealed.getNote());
		assertEquals("港口镇2024年政府信息公开工作年度报告", report.getTitle());
		assertEquals("2025-01-16", report.getDate());
		assertEquals(new BigDecimal("2024"), report.getYear());
		assertEquals("港口镇2024", report.getName());
		assertEquals("政府信息公开年报2021", report.getTemplate().getName());
		// navigation noise before the title is not narrative
		assertFalse(r.source().contains("无障碍版"));
		assertFalse(r.source().contains("分享"));
	}

	@Test
	void seed001TyposAreMatchedBySimilarityKeptAndReported() throws Exception {
		Importer.Result r = importSeed(1);
		List<ImportMessage> fuzzy = r.messages().stream().filter(m -> m.code().equals(ImportCodes.FUZZY_LABEL)).toList();
		assertEquals(List.of(100, 146), fuzzy.stream().map(ImportMessage::line).toList());
		Report report = ImportFixtures.parse(r.source());
		assertEquals("5.属于三类内容事务信息", row(report, "内部事务").getLabel());
		assertEquals("(二)部分公开(区分处理的,只计这一情况,不计其他情形)", row(report, "部分公开").getLabel());
		assertEquals(nums(1, 0, 0, 0, 0, 0, 1), cells(report).get("申请/办理结果.予以公开"));
		// no title line in this publication: organ and date from the signature, title composed
		assertEquals("梅河口市进化镇人民政府", report.getOrgan());
		assertEquals("2024-01-17", report.getDate());
		assertEquals(new BigDecimal("2023"), report.getYear());
		assertTrue(r.messages().stream().anyMatch(m -> m.code().equals(ImportCodes.METADATA)));
		assertFalse(r.source().contains("text \"\"\"2024年1月17日"), "signature block is not narrative");
	}

	@Test
	void seed003FromATabIndentedPageWithNoise() throws Exception {
		Importer.Result r = importSeed(3);
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(r.source()));
		assertEquals(nums(23962), c.get("行政许可/行政许可"));
		assertEquals(nums(0, 0, 3), c.get("规章文件/规范性文件"));
		assertEquals(nums(22, 0, 0, 0, 0, 0, 22), c.get("申请/新收"));
		assertEquals(nums(10, 0, 0, 0, 0, 0, 10), c.get("申请/办理结果.予以公开"));
		assertEquals(nums(11, 0, 0, 0, 0, 0, 11), c.get("申请/办理结果.无法提供.不掌握"));
		assertEquals(nums(21, 0, 0, 0, 0, 0, 21), c.get("申请/办理结果.总计"));
		assertEquals(nums(1, 0, 0, 0, 0, 0, 1), c.get("申请/结转下年"));
		assertEquals("2025-02-14", r.report().date);
		assertEquals("防城港市大数据和行政审批局", r.report().organ);
		assertFalse(r.source().contains("此件公开发布"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void committedImportsAreCurrent(int n) throws Exception {
		String committed = Files.readString(ImportFixtures.root().resolve("examples/imported/seed-00" + n + ".nianbao"),
				StandardCharsets.UTF_8);
		assertEquals(committed, importSeed(n).source());
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void everySeedIsReadAsThe2021FormatFromItsShape(int n) throws Exception {
		Importer.Result r = importSeed(n);
		assertEquals("政府信息公开年报2021", r.templateName());
		assertFalse(r.hasErrors());
	}

	private static RowData row(Report report, String leafName) {
		for (RowData rd : EcoreUtil2.getAllContentsOfType(report, RowData.class)) {
			if (rd.getRow().getName().equals(leafName)) {
				return rd;
			}
		}
		throw new AssertionError("no row " + leafName);
	}

	static String read(java.nio.file.Path p) throws IOException {
		return Files.readString(p, StandardCharsets.UTF_8);
	}
}
