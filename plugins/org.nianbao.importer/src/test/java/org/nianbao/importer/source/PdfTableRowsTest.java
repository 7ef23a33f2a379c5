package org.nianbao.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.importer.source.PdfReaderTest.row;

import java.nio.file.Files;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A ruled table's row bands: the lines between two horizontal rules are one row, each cell's
 * wrapped text joined; a merged cell's text once, in the first band holding it; pages without
 * rules and tables without rules between their rows laid out as before.
 */
class PdfTableRowsTest {

	private static final float[] COLUMNS = { 72, 232, 282, 362, 412 };

	/**
	 * The 第二十条第（一）项 row as LibreOffice wraps it: the note over three lines (its number on the
	 * first, above the row's other cells), and a row label over two lines with the numbers between.
	 */
	private static TestPdfs wrappedCells(TestPdfs pdf) {
		return pdf.text(76, 116, 10, "信息内容").text(236, 116, 10, "制发").text(286, 116, 10, "说明").text(366, 116, 10, "有效")
				.text(286, 138, 10, "4")
				.text(76, 152, 10, "行政规范性文件").text(252, 152, 10, "2").text(286, 152, 10, "（1个废止，3个").text(380, 152, 10, "5")
				.text(286, 166, 10, "到期自动失效）")
				.text(76, 186, 10, "（二）部分公开（区分处理的，只")
				.text(245, 194, 10, "447").text(300, 194, 10, "7").text(375, 194, 10, "454")
				.text(76, 202, 10, "计这一情形，不计其他情形）");
	}

	/** Stroked rules; the one under the note's row stops 2 pt short of the left border; a double border at the bottom. */
	private static TestPdfs strokedRules(TestPdfs pdf) {
		pdf.line(72, 100, 412, 100).line(72, 124, 412, 124).line(74, 172, 412, 172).line(72, 210, 412, 210)
				.line(72, 211.5f, 412, 211.5f);
		for (float x : COLUMNS) {
			pdf.line(x, 100, x, 211.5f);
		}
		return pdf;
	}

	@Test
	void aCellWrappedOverThreeLinesAndAWrappedLabelComeOutOnTheirRowsLine() throws Exception {
		String text = PdfReader.layout(strokedRules(wrappedCells(new TestPdfs())).bytes());
		assertTrue(row("行政规范性文件", "2", "4（1个废止，3个到期自动失效）", "5").matcher(text).find(), text);
		assertTrue(row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "454").matcher(text).find(), text);
		assertTrue(row("信息内容", "制发", "说明", "有效").matcher(text).find(), text);
		// no fragment stays on a line of its own: the header and the two rows, nothing else
		assertEquals(3, text.strip().split("\n+").length, text);
		assertEquals(1, count(text, "到期自动失效"), text);
		assertEquals(1, count(text, "计这一情形"), text);
	}

	@Test
	void withoutRulesTheWrappedLinesStayAsTheyAre() throws Exception {
		String text = PdfReader.layout(wrappedCells(new TestPdfs()).bytes());
		assertTrue(Pattern.compile("(?m)^[ ]+4$").matcher(text).find(), text);
		assertTrue(row("行政规范性文件", "2", "（1个废止，3个", "5").matcher(text).find(), text);
		assertTrue(row("到期自动失效）").matcher(text).find(), text);
		assertTrue(row("447", "7", "454").matcher(text).find(), text);
		assertEquals(7, text.strip().split("\n+").length, text);
	}

	@Test
	void thinFilledBarsBoundRowsAndAMergedCellsTextComesOnceOnItsFirstRow() throws Exception {
		// WPS draws its borders as filled bars; the group cell spans both rows, so the rule between them
		// leaves its column out; its two lines stand one in each row's band
		TestPdfs pdf = new TestPdfs().text(76, 316, 10, "（三）不").text(136, 316, 10, "1.属于国家秘密").text(310, 316, 10, "0")
				.text(360, 316, 10, "0").text(76, 340, 10, "予公开").text(136, 340, 10, "2.其他法律行政法规禁止公开")
				.text(310, 340, 10, "0").text(360, 340, 10, "1");
		pdf.bar(72, 299.75f, 320, 0.5f).bar(132, 323.75f, 260, 0.5f).bar(72, 347.75f, 320, 0.5f);
		for (float x : new float[] { 72, 132, 292, 342, 392 }) {
			pdf.bar(x - 0.25f, 300, 0.5f, 48);
		}
		String text = PdfReader.layout(pdf.bytes());
		assertTrue(row("（三）不予公开", "1.属于国家秘密", "0", "0").matcher(text).find(), text);
		assertTrue(row("2.其他法律行政法规禁止公开", "0", "1").matcher(text).find(), text);
		assertEquals(1, count(text, "予公开"), text);
		assertEquals(2, text.strip().split("\n+").length, text);
	}

	@Test
	void aTableWithoutRulesBetweenItsRowsKeepsOneLineARow() throws Exception {
		// two numbers one below the other in one cell: rows the table draws no rule between, not a wrapped cell
		TestPdfs pdf = new TestPdfs().text(76, 416, 10, "规章").text(252, 416, 10, "0").text(300, 416, 10, "0")
				.text(76, 440, 10, "行政规范性文件").text(252, 440, 10, "2").text(300, 440, 10, "5");
		pdf.line(72, 400, 412, 400).line(72, 450, 412, 450);
		for (float x : COLUMNS) {
			pdf.line(x, 400, x, 450);
		}
		String text = PdfReader.layout(pdf.bytes());
		String[] lines = text.strip().split("\n+");
		assertEquals(2, lines.length, text);
		assertTrue(row("规章", "0", "0").matcher(lines[0]).find(), text);
		assertTrue(row("行政规范性文件", "2", "5").matcher(lines[1]).find(), text);
	}

	@Test
	void corpusWrappedLabelsAndMergedGroupCellsComeOutWholeOnTheirRowsLine() throws Exception {
		String text = PdfReader.layout(Files.readAllBytes(PdfReaderTest.corpus("huaian-city-2024.pdf")));
		assertTrue(row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "0", "0", "0", "0", "454").matcher(text)
				.find(), text);
		assertTrue(row("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "67", "3", "0", "0", "1", "0", "71")
				.matcher(text).find(), text);
		assertTrue(row("（六）其他处理", "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "6", "0", "0", "0", "0", "0",
				"6").matcher(text).find(), text);
		assertTrue(row("三、本年度办理结果", "1.属于国家秘密", "2", "0", "0", "0", "0", "0", "2").matcher(text).find(), text);
		assertTrue(row("5.要求行政机关确认或重新出具已获取信息", "1", "0", "0", "0", "0", "0", "1").matcher(text).find(), text);
		assertFalse(Pattern.compile("(?m)^\\s*具已获取信息\\s*$").matcher(text).find(), text);
	}

	@Test
	void wrappedTextIsJoinedWithASpaceOnlyBetweenLatinWords() {
		assertFalse(PdfLayout.spaced('失', '效'), "Chinese");
		assertFalse(PdfLayout.spaced('4', '（'), "a number and its bracketed note");
		assertFalse(PdfLayout.spaced('1', '2'), "a number broken by a narrow column");
		assertTrue(PdfLayout.spaced('d', 'w'), "two English words");
		assertTrue(PdfLayout.spaced(',', 'a'));
		assertTrue(PdfLayout.spaced('x', '2'));
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			n++;
		}
		return n;
	}
}
