package org.nianbao.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.model.ReportView;

/** The 版记 (GB/T 9704 7.4) in the DOCX when the report asks for it: its own even page, its rules, its lines. */
class DocxImprintTest {

	@Test
	void aReportWithCopyToAndPrinterGetsTheImprintOnAnEvenPageOfItsOwn(@TempDir Path dir) throws IOException {
		ReportView view = TestReports.gangkouWithImprint(dir);
		assertEquals("抄送：市政府办公室，市政务服务数据管理局。", view.imprint().orElseThrow().copyLine());
		String doc = DocxGeneratorTest.unzip(new DocxGenerator().generate(view)).get("word/document.xml");
		// the text's section ends in a paragraph; the last section, the 版记's, starts on an even page
		assertEquals(2, DocxGeneratorTest.count(doc, "<w:sectPr>"), "two sections");
		String last = doc.substring(doc.lastIndexOf("<w:sectPr>"));
		assertTrue(last.contains("<w:type w:val=\"evenPage\"/><w:pgSz"), last);
		String breakPara = doc.substring(doc.indexOf("<w:p><w:pPr><w:sectPr>"), doc.indexOf("</w:sectPr></w:pPr></w:p>"));
		assertFalse(breakPara.contains("evenPage"), "the text's own section starts as the reference's does");
		assertTrue(breakPara.contains("<w:pgMar w:top=\"2098\""), "the text's section keeps the official page");

		String imprint = doc.substring(doc.lastIndexOf("<w:tbl>"), doc.lastIndexOf("</w:tbl>"));
		// 7.4.1: the rules as wide as the type area (8844 twips = 156 mm), first and last 0.35 mm, the middle 0.25 mm
		assertTrue(imprint.contains("<w:tblW w:w=\"8844\" w:type=\"dxa\"/>"), imprint);
		assertEquals(8, border(imprint, "top"), "0.35 mm = 0.99 pt = 8 eighths");
		assertEquals(8, border(imprint, "bottom"));
		assertEquals(6, border(imprint, "insideH"), "0.25 mm = 0.71 pt = 6 eighths");
		assertFalse(imprint.contains("<w:left w:val=\"single\"") || imprint.contains("insideV"), "no vertical rules");
		assertTrue(imprint.contains("<w:t>抄送：市政府办公室，市政务服务数据管理局。</w:t>"), imprint);
		// 7.4.3: the organ one character (14 pt = 280 twips) in from the left, the date at a right tab one in from the right
		assertTrue(imprint.contains("<w:tab w:val=\"right\" w:pos=\"" + (8844 - 280) + "\"/>"), imprint);
		assertTrue(imprint.contains("<w:t>中山市港口镇党政办公室</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>2025年1月16日印发</w:t>"), imprint);

		// the spacer puts the last rule on the type area's lower edge: spacer + two lines + rules + slack = 225 mm
		Matcher spacer = Pattern.compile("<w:pStyle w:val=\"Imprint\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"(\\d+)\"")
				.matcher(doc);
		assertTrue(spacer.find());
		int rules = (8 + 8 + 6) * 20 / 8;
		assertEquals(12756, Integer.parseInt(spacer.group(1)) + 2 * Twips.LINE + rules + DocxImprint.SLACK);

		String imprintStyle = DocxGeneratorTest.unzip(new DocxGenerator().generate(view)).get("word/styles.xml");
		imprintStyle = imprintStyle.substring(imprintStyle.indexOf("w:styleId=\"Imprint\""));
		imprintStyle = imprintStyle.substring(0, imprintStyle.indexOf("</w:style>"));
		assertTrue(imprintStyle.contains("w:eastAsia=\"仿宋_GB2312\"") && imprintStyle.contains("<w:sz w:val=\"28\"/>"),
				"4 号仿宋: " + imprintStyle);
	}

	/** In a house style the 版记 takes the house's type area: as wide as its page less its margins. */
	@Test
	void inAHouseStyleTheImprintIsAsWideAsTheHousesTypeArea(@TempDir Path dir) throws IOException {
		ReportView view = TestReports.gangkouWithImprint(dir);
		String doc = DocxGeneratorTest.unzip(new DocxGenerator(ReferenceDoc.of("某局模板.docx", ReferenceDocTest.house())).generate(view))
				.get("word/document.xml");
		String last = doc.substring(doc.lastIndexOf("<w:sectPr"));
		assertTrue(last.contains("<w:type w:val=\"evenPage\"/><w:pgSz"), last);
		String imprint = doc.substring(doc.lastIndexOf("<w:tbl>"), doc.lastIndexOf("</w:tbl>"));
		int houseWidth = 11906 - 2 * 1417;
		assertTrue(imprint.contains("<w:tblW w:w=\"" + houseWidth + "\" w:type=\"dxa\"/>"), imprint);
		assertTrue(imprint.contains("<w:tab w:val=\"right\" w:pos=\"" + (houseWidth - 280) + "\"/>"), imprint);
		// the house's type area is 16838 − 1701 − 1417 = 13720 twips high: the spacer fills what the 版记 leaves
		Matcher spacer = Pattern.compile("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"(\\d+)\"").matcher(doc);
		assertTrue(spacer.find());
		assertEquals(16838 - 1701 - 1417, Integer.parseInt(spacer.group(1)) + 2 * Twips.LINE + (8 + 8 + 6) * 20 / 8 + DocxImprint.SLACK);
	}

	@Test
	void aReportThatDoesNotAskHasNoImprint() {
		String doc = unzipGangkou().get("word/document.xml");
		assertEquals(1, DocxGeneratorTest.count(doc, "<w:sectPr>"));
		assertFalse(doc.contains("evenPage") || doc.contains("印发"));
	}

	@Test
	void aLongCopyToWrapsUnderTheFirstOrgan() {
		String copy = "抄送：" + "市政府办公室，".repeat(6) + "市政务服务数据管理局。";
		// 156 mm less one 14 pt character each side holds 29 characters; wrapped lines start after "抄送：" (26)
		assertEquals(29, (8844 - 2 * 280) / 280);
		assertEquals(1 + (int) Math.ceil((DocxGenerator.width(copy) - 29) / 26), DocxImprint.copyLines(copy, 8844));
		assertEquals(3, DocxImprint.copyLines(copy, 8844), "56 characters: 29 + 26 + 1");
		assertEquals(1, DocxImprint.copyLines("抄送：市政府办公室。", 8844));
	}

	private static Map<String, String> unzipGangkou() {
		try {
			return DocxGeneratorTest.unzip(new DocxGenerator().generate(TestReports.gangkou()));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static int border(String xml, String side) {
		Matcher m = Pattern.compile("<w:" + side + " w:val=\"single\" w:sz=\"(\\d+)\"").matcher(xml);
		assertTrue(m.find(), side);
		return Integer.parseInt(m.group(1));
	}
}
