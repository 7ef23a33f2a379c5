package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.nianbao.importer.ImportedReport.Cell;

class CellsAndLabelsTest {

	@Test
	void cellsAsPublished() {
		assertEquals(new Cell(new BigDecimal("2862"), "2862万元"), Cells.parse("2862万元"));
		assertEquals(new Cell(new BigDecimal("4"), "1个废止,3个到期自动失效"), Cells.parse("4(1个废止,3个到期自动失效"));
		assertEquals(new Cell(new BigDecimal("4"), "1个废止"), Cells.parse("4（1个废止）"));
		assertEquals(new Cell(new BigDecimal("10402"), "10,402"), Cells.parse("10,402"));
		assertEquals(new Cell(new BigDecimal("12.5"), null), Cells.parse("12.5"));
		assertEquals(new Cell(new BigDecimal("-2"), null), Cells.parse("-2"));
		assertEquals(new Cell(new BigDecimal("0"), null), Cells.parse("0"));
		assertEquals(new Cell(new BigDecimal("2862"), null), Cells.parse("２８６２"));
	}

	@Test
	void blanksStayBlank() {
		assertEquals(Cell.blank(null), Cells.parse("-"));
		assertEquals(Cell.blank(null), Cells.parse(""));
		assertNull(Cells.parse("—").value());
		assertNull(Cells.parse("/").value());
	}

	@Test
	void numberedLabelsAndSentencesAreNotCells() {
		assertFalse(Cells.isCell("1.属于国家秘密"));
		assertFalse(Cells.isCell("2、重复申请"));
		assertFalse(Cells.isCell("2024年，我镇共受理政府信息公开申请27件"));
		assertTrue(Cells.isCell("26"));
	}

	@Test
	void labelsCompareAcrossWidthsSpacesAndNumbering() {
		assertTrue(Labels.same("(三) 不予公开", "（三）不予公开"));
		assertTrue(Labels.same("予以公开", "（一）予以公开"));
		assertTrue(Labels.same("3.危及\"三安全一稳定\"", "3.危及“三安全一稳定”"));
		assertFalse(Labels.same("（二）予以公开", "（一）予以公开"));
		assertTrue(Labels.similarity("5.属于三类内容事务信息", "5.属于三类内部事务信息") >= (1 - LabelFinder.MAX_EDIT_SHARE));
		assertTrue(Labels.similarity("6.属于四类过程性信息", "5.属于三类内部事务信息") < (1 - LabelFinder.MAX_EDIT_SHARE));
	}

	@Test
	void aRowLabelBrokenOverTwoLinesIsJoined() throws Exception {
		String seed = ImportFixtures.seedText(0);
		String label = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)";
		assertTrue(seed.contains(label));
		String text = seed.replace(label, "(二)部分公开(区分处理的,只计这一情形,\n不计其他情形)");
		Importer.Result r = ImportFixtures.importText("wrapped.txt", text);
		assertEquals(ImportFixtures.nums(5, 0, 0, 0, 0, 0, 5),
				ImportFixtures.cells(ImportFixtures.parse(r.source())).get("申请/办理结果.部分公开"));
	}

	@Test
	void aBreadcrumbIsNotTheTitle() throws Exception {
		String text = "首页 > 信息公开 > 恩平市人民政府办公室2024年度政府信息公开工作年度报告\n" + ImportFixtures.seedText(4);
		Importer.Result r = ImportFixtures.importText("crumb.txt", text);
		assertEquals("恩平市人民政府办公室2024年度政府信息公开工作年度报告", r.report().title);
	}
}
