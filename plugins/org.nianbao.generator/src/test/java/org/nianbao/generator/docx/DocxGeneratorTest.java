package org.nianbao.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.TableView;

class DocxGeneratorTest {

	static ReportView view;
	static byte[] docx;
	static Map<String, String> parts;

	@BeforeAll
	static void generate() throws IOException {
		view = TestReports.gangkou();
		docx = new DocxGenerator().generate(view);
		parts = unzip(docx);
	}

	static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> result = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				result.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return result;
	}

	static int attr(String xml, String element, String attribute) {
		Matcher m = Pattern.compile("<w:" + element + "\\b[^>]*\\bw:" + attribute + "=\"(\\d+)\"").matcher(xml);
		assertTrue(m.find(), element + "@" + attribute);
		return Integer.parseInt(m.group(1));
	}

	/** The XML of one style, from its opening tag to its end. */
	static String style(String id) {
		String styles = parts.get("word/styles.xml");
		int start = styles.indexOf("w:styleId=\"" + id + "\"");
		assertTrue(start >= 0, "style " + id);
		return styles.substring(start, styles.indexOf("</w:style>", start));
	}

	static int count(String s, String needle) {
		int n = 0;
		for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	@Test
	void thepageIsA4WithTheGbt9704TypeArea() {
		String doc = parts.get("word/document.xml");
		int w = attr(doc, "pgSz", "w"), h = attr(doc, "pgSz", "h");
		assertEquals(11906, w);
		assertEquals(16838, h);
		int top = attr(doc, "pgMar", "top"), left = attr(doc, "pgMar", "left");
		int right = attr(doc, "pgMar", "right"), bottom = attr(doc, "pgMar", "bottom");
		double mm = 1440 / 25.4;
		assertEquals(37, top / mm, 0.05);
		assertEquals(28, left / mm, 0.05);
		assertEquals(156, (w - left - right) / mm, 0.05);
		assertEquals(225, (h - top - bottom) / mm, 0.05);
		// measured by check-layout on LibreOffice's rendering: the page number's 一字线 7 mm under the type area
		assertEquals(25, attr(doc, "pgMar", "footer") / mm, 0.05);
		// the grid Word and WPS show in 页面设置: floor(12756 / 578) = 22 lines, floor(442.2 / (16 − 849/4096)) = 28
		assertTrue(doc.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"578\" w:charSpace=\"-849\"/>"), doc);
		assertEquals(22, Math.floor(12756 / 578.0));
		assertEquals(28, Math.floor(442.2 / (16 - 849 / 4096.0)));
		assertEquals(27, Math.floor(442.2 / (16 - 848 / 4096.0)), "one less and Word shows 27");
		// LibreOffice snapping to that grid spread many lines to 14 characters: no paragraph snaps
		assertTrue(parts.get("word/styles.xml").contains("<w:pPrDefault><w:pPr><w:snapToGrid w:val=\"false\"/>"));
	}

	/**
	 * What Word and WPS show in 页面设置 › 文档网格, computed from the section properties and the body size as
	 * they compute it: lines = floor(type height / linePitch); characters = floor(type width in points /
	 * (body size + charSpace / 4096 pt)). GB/T 9704 5.2.3 asks 22 lines of 28 三号 (16 pt) characters in the
	 * 156 × 225 mm type area.
	 */
	@Test
	void theDocumentGridGivesWordAndWps22LinesOf28Characters() {
		String doc = parts.get("word/document.xml");
		String sect = doc.substring(doc.lastIndexOf("<w:sectPr"), doc.lastIndexOf("</w:sectPr>"));
		assertTrue(sect.contains("<w:docGrid w:type=\"linesAndChars\""), "lines and characters, not lines only: " + sect);
		int typeW = attr(sect, "pgSz", "w") - attr(sect, "pgMar", "left") - attr(sect, "pgMar", "right");
		int typeH = attr(sect, "pgSz", "h") - attr(sect, "pgMar", "top") - attr(sect, "pgMar", "bottom");
		int linePitch = attr(sect, "docGrid", "linePitch");
		Matcher charSpace = Pattern.compile("w:charSpace=\"(-?\\d+)\"").matcher(sect);
		assertTrue(charSpace.find(), sect);
		double bodyPt = Integer.parseInt(style("Normal").replaceAll("(?s).*<w:sz w:val=\"(\\d+)\"/>.*", "$1")) / 2.0;
		assertEquals(16, bodyPt, "三号");
		assertEquals(22, Math.floorDiv(typeH, linePitch), "lines a page: " + typeH + " / " + linePitch);
		double pitch = bodyPt + Integer.parseInt(charSpace.group(1)) / 4096.0;
		assertEquals(28, (int) Math.floor(typeW / 20.0 / pitch), "characters a line: " + typeW / 20.0 + " pt / " + pitch + " pt");
		// and not more: 23 lines or 29 characters would break the grid the other way
		assertTrue(23 * linePitch > typeH && 29 * pitch > typeW / 20.0);
	}

	@Test
	void stylesNameEastAsianFontsSizesAndFixedLineSpacing() {
		String title = style("Title");
		assertTrue(title.contains("w:eastAsia=\"方正小标宋简体\""), title);
		// 二号 小标宋, not bold: 小标宋 is a heavy face of its own
		assertTrue(!title.contains("<w:b/>") && title.contains("<w:sz w:val=\"44\"/>") && title.contains("w:val=\"center\""));
		String normal = style("Normal");
		assertTrue(normal.contains("w:eastAsia=\"仿宋_GB2312\"") && normal.contains("<w:sz w:val=\"32\"/>"), normal);
		int line = attr(normal, "spacing", "line");
		// 22 whole lines in 225 mm (12756 twips): 580 twips (29 pt) would leave room for 21; LibreOffice set
		// 579 10.23 mm apart (21 lines) once the document had a grid, 578 10.20 mm apart
		assertEquals(578, line, "fixed line pitch: 225 mm / 22, rounded down, less one");
		assertTrue(22 * line <= Math.round(225 * 1440 / 25.4));
		assertTrue(normal.contains("w:lineRule=\"exact\""));
		// 28 characters of 16 pt in 156 mm (442.2 pt) need at most 15.79 pt each: −0.25 pt spacing
		assertTrue(normal.contains("<w:spacing w:val=\"-5\"/>"), normal);
		assertTrue(28 * (16 - 0.25) <= 156 / 25.4 * 72);
		for (String other : List.of("Title", "TableText", "TableCaption", "Footer")) {
			assertTrue(style(other).contains("<w:spacing w:val=\"0\"/>"), other + " keeps its natural spacing");
		}
		assertTrue(style("Heading1").contains("w:eastAsia=\"黑体\""));
		assertTrue(style("Heading1").contains("<w:outlineLvl w:val=\"0\"/>"));
		assertTrue(style("Heading2").contains("w:eastAsia=\"楷体_GB2312\""));
		String third = style("Heading3");
		assertTrue(third.contains("w:eastAsia=\"仿宋_GB2312\"") && third.contains("<w:b/>"), third);
		assertTrue(normal.contains("<w:widowControl w:val=\"false\"/>"), "孤行控制 off: 22 lines on every full page");
		String fonts = parts.get("word/fontTable.xml");
		assertTrue(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"), fonts);
		assertTrue(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"));
		assertTrue(parts.get("word/_rels/document.xml.rels").contains("fontTable.xml"));
	}

	@Test
	void runsCarryEastAsianFontsAndHeadingsUseTheirFaces() throws IOException {
		String doc = parts.get("word/document.xml");
		// the content names styles only, so that a reference DOCX restyles it
		assertEquals(0, count(doc, "w:rFonts"), "no run names a font");
		assertEquals(0, count(doc, "<w:sz "), "no run sets a size");
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : d.getParagraphs()) {
				if ("Heading1".equals(p.getStyle())) {
					headings.add(p.getText());
				}
			}
			assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
					"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), headings);
			XWPFParagraph title = d.getParagraphs().get(0);
			assertEquals("Title", title.getStyle());
			assertEquals("港口镇2024年政府信息公开工作年度报告", title.getText());
			XWPFParagraph lead = d.getParagraphs().stream()
					.filter(p -> p.getText().startsWith("(一)做好政务新媒体")).findFirst().orElseThrow();
			assertEquals("(一)做好政务新媒体和政府网站信息主动公开工作。", lead.getRuns().get(0).text());
			assertEquals("Lead", lead.getRuns().get(0).getStyle(), "the lead in 楷体 through its character style");
			assertTrue(style("Lead").contains("w:eastAsia=\"楷体_GB2312\""));
			assertEquals("", lead.getRuns().get(1).getStyle(), "the rest in the paragraph's 仿宋");
			int n = d.getParagraphs().size();
			assertEquals("中山市港口镇人民政府", d.getParagraphs().get(n - 2).getText());
			assertEquals("2025年1月16日", d.getParagraphs().get(n - 1).getText());
			assertEquals("Signature", d.getParagraphs().get(n - 1).getStyle());
			// 7.3.5.3: the organ two characters in from the right; the date's first character two right of the
			// organ's first: organ 10 characters, date 2025年1月16日 6.5 (digits half-width), so it stands 3.5 in
			assertEquals(2 * 315, ((java.math.BigInteger) d.getParagraphs().get(n - 2).getCTP().getPPr().getInd().getRight()).intValue());
			assertEquals(Math.round(3.5 * 315), ((java.math.BigInteger) d.getParagraphs().get(n - 1).getCTP().getPPr().getInd().getRight()).intValue());
		}
	}

	@Test
	void theFooterNumbersOddPagesOnTheRightAndEvenPagesOnTheLeft() {
		List<String> footers = parts.entrySet().stream().filter(e -> e.getKey().matches("word/footer\\d*\\.xml"))
				.map(Map.Entry::getValue).toList();
		assertEquals(2, footers.size());
		for (String footer : footers) {
			assertTrue(footer.contains("w:instr=\" PAGE \""), footer);
		}
		assertEquals(1, footers.stream().filter(f -> f.contains("<w:jc w:val=\"right\"/>")).count());
		assertEquals(1, footers.stream().filter(f -> f.contains("<w:jc w:val=\"left\"/>")).count());
		String doc = parts.get("word/document.xml");
		assertTrue(doc.contains("w:type=\"default\"") && doc.contains("w:type=\"even\""), "footer references");
		assertTrue(parts.get("word/settings.xml").contains("<w:evenAndOddHeaders"));
	}

	@Test
	void theMatrixHasMergedHeaderCellsRepeatedHeaderRowsAndASmallerFont() throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable matrix = d.getTables().stream().filter(t -> t.getText().contains("申请人情况")).findFirst()
					.orElseThrow();
			assertEquals(10, matrix.getCTTbl().getTblGrid().sizeOfGridColArray());
			XWPFTableRow head = matrix.getRow(0);
			// corner (3 columns, 2 rows), 自然人 (2 rows), 法人或其他组织 (5 columns), 总计 (2 rows)
			assertEquals(4, head.getTableCells().size());
			assertEquals(3, head.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
			assertEquals("restart", head.getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
			assertEquals(5, head.getCell(2).getCTTc().getTcPr().getGridSpan().getVal().intValue());
			assertEquals("法人或其他组织", head.getCell(2).getText());
			XWPFTableRow second = matrix.getRow(1);
			assertEquals("continue", second.getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
			assertEquals(3, second.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
			assertTrue(head.isRepeatHeader() && second.isRepeatHeader());
			assertTrue(!matrix.getRow(2).isRepeatHeader());
			// 三、本年度办理结果 restarts a vertical merge continued over 21 more rows
			XWPFTableCell results = matrix.getRow(4).getCell(0);
			assertEquals("三、本年度办理结果", results.getText());
			assertEquals("restart", results.getCTTc().getTcPr().getVMerge().getVal().toString());
			for (int r = 5; r < 26; r++) {
				assertEquals("continue", matrix.getRow(r).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString());
			}
			// 四、结转下年度继续办理 spans the three header columns: one label cell, then the seven numbers
			assertEquals(8, matrix.getRow(26).getTableCells().size());
			assertEquals(3, matrix.getRow(26).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
			assertEquals("2", matrix.getRow(26).getCell(1).getText());
			int total = 0;
			for (var col : matrix.getCTTbl().getTblGrid().getGridColList()) {
				total += ((java.math.BigInteger) col.getW()).intValue();
			}
			assertTrue(total <= Twips.TYPE_W, "the matrix fits the 156 mm type area: " + total);
			assertEquals("TableText", matrix.getRow(2).getCell(1).getParagraphs().get(0).getStyle(), "五号 in the matrix");
			assertEquals("21", style("TableText").replaceAll("(?s).*<w:sz w:val=\"(\\d+)\"/>.*", "$1"));
			assertEquals("18", style("TableTextWide").replaceAll("(?s).*<w:sz w:val=\"(\\d+)\"/>.*", "$1"), "小五 for wide tables");
		}
	}

	@Test
	void everyCellValueIsInItsTableCell() throws IOException {
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<TableView> tables = view.tables();
			assertEquals(tables.size(), d.getTables().size());
			int checked = 0;
			for (int k = 0; k < tables.size(); k++) {
				TableView t = tables.get(k);
				XWPFTable table = d.getTables().get(k);
				int headerRows = t.layout().headerRows();
				assertEquals(headerRows + t.rows().size(), table.getNumberOfRows());
				for (int i = 0; i < t.rows().size(); i++) {
					List<XWPFTableCell> cells = table.getRow(headerRows + i).getTableCells();
					int first = cells.size() - t.columns().size();
					for (int j = 0; j < t.columns().size(); j++) {
						XWPFTableCell cell = cells.get(first + j);
						assertEquals(t.cell(i, j).text(), cell.getParagraphs().get(0).getText(),
								t.def().getName() + " " + i + "," + j);
						checked++;
					}
				}
			}
			assertEquals(200, checked);
			for (XWPFTable table : d.getTables()) {
				int width = 0;
				for (var col : table.getCTTbl().getTblGrid().getGridColList()) {
					width += ((java.math.BigInteger) col.getW()).intValue();
				}
				assertTrue(width <= Twips.TYPE_W, "every table fits the type area: " + width);
			}
			assertEquals("港口镇2024年政府信息公开工作年度报告", d.getProperties().getCoreProperties().getTitle());
			assertEquals("中山市港口镇人民政府", d.getProperties().getCoreProperties().getCreator());
			assertTrue(d.getTables().get(0).getRow(2).getCell(2).getText().contains("（1个废止，3个到期自动失效）"));
		}
	}

	@Test
	void aForcedReportOpensWithItsErrorsInRed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		ReportView broken = TestReports.view("""
				report 有错 : 政府信息公开年报2021 {
				  标题 "有错的报告"
				  section 依申请公开 { table 申请 { 新收 24 2 0 0 0 0 27 } }
				}
				""", dir);
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxGenerator().generate(broken)))) {
			XWPFParagraph first = d.getParagraphs().get(0);
			assertTrue(first.getText().startsWith("未通过校验：本报告有 " + broken.errors().size() + " 处错误"), first.getText());
			assertEquals("C00000", first.getRuns().get(0).getColor());
			assertTrue(d.getParagraphs().get(1).getText().contains("[NB"));
			assertEquals("Title", d.getParagraphs().get(1 + broken.errors().size()).getStyle());
		}
	}
}
