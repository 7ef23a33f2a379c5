package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.importer.ImportFixtures.cells;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * HTML and DOCX carrying seed 004's content import to the same numbers as its text. The documents
 * are built here from the seed's `|` rows: group labels become rowspans (HTML) and vertical merges
 * (DOCX), header cells colspans and grid spans, as published pages and Word files have them.
 */
class FormsTest {

	/** Seed 004 split into paragraphs and tables (runs of `|` lines), cells trimmed. */
	private static List<Object> blocks() {
		List<Object> blocks = new ArrayList<>();
		List<List<String>> table = null;
		for (String line : ImportFixtures.seedText(4).split("\n")) {
			String t = line.strip();
			if (t.isEmpty()) {
				continue;
			}
			if (t.contains("|")) {
				if (table == null) {
					table = new ArrayList<>();
					blocks.add(table);
				}
				List<String> cells = new ArrayList<>();
				for (String c : t.split("\\|")) {
					if (!c.isBlank()) {
						cells.add(c.strip());
					}
				}
				table.add(cells);
			} else {
				table = null;
				blocks.add(t);
			}
		}
		return blocks;
	}

	private static boolean isGroup(String cell) {
		return cell.equals("三、本年度办理结果") || cell.matches("[（(][三四五六][）)]\\s*\\S+") && !cell.contains("总计");
	}

	static String html() {
		Document doc = Document.createShell("");
		doc.title("恩平");
		Element body = doc.body();
		body.appendElement("nav").appendElement("a").text("首页");
		body.appendElement("script").text("var x = '<p>一、总体情况</p>';");
		for (Object b : blocks()) {
			if (b instanceof String s) {
				body.appendElement("p").text(s);
				if (s.equals("一、总体情况")) {
					body.appendElement("p").text("<b>标记</b>不是标签");
				}
			} else {
				@SuppressWarnings("unchecked")
				List<List<String>> rows = (List<List<String>>) b;
				Element table = body.appendElement("table").attr("border", "1").appendElement("tbody");
				for (List<String> r : rows) {
					Element tr = table.appendElement("tr");
					for (String c : r) {
						Element td = tr.appendElement(r.size() <= 2 && !c.matches("\\d+") ? "th" : "td").text(c);
						if (isGroup(c)) {
							td.attr("rowspan", c.startsWith("三、") ? "22" : "3");
						}
						if (r.size() == 1) {
							td.attr("colspan", "9");
						}
					}
					// An empty trailing layout cell, as colspan-heavy pages have.
					if (r.size() > 7) {
						tr.appendElement("td");
					}
				}
			}
		}
		return doc.outerHtml();
	}

	static byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Object b : blocks()) {
				if (b instanceof String s) {
					doc.createParagraph().createRun().setText(s);
					if (s.equals("一、总体情况")) {
						doc.createParagraph().createRun().setText("<b>标记</b>不是标签");
					}
				} else {
					@SuppressWarnings("unchecked")
					List<List<String>> rows = (List<List<String>>) b;
					int width = rows.stream().mapToInt(List::size).max().orElse(1) + 1;
					XWPFTable table = doc.createTable(rows.size(), width);
					String openGroup = null;
					for (int i = 0; i < rows.size(); i++) {
						List<String> r = new ArrayList<>(rows.get(i));
						XWPFTableRow tr = table.getRow(i);
						boolean continuing = openGroup != null && !isGroup(r.get(0)) && r.size() >= 8;
						if (continuing) {
							r.add(0, ""); // the position the vertical merge covers
						} else {
							openGroup = null;
						}
						for (int c = 0; c < width; c++) {
							XWPFTableCell cell = tr.getCell(c);
							if (c < r.size()) {
								cell.getParagraphs().get(0).createRun().setText(r.get(c));
							}
							if (c == 0 && isGroup(r.get(0))) {
								vMerge(cell, STMerge.RESTART);
								openGroup = r.get(0);
							} else if (c == 0 && continuing) {
								vMerge(cell, STMerge.CONTINUE);
							}
						}
						if (r.size() == 1) {
							// a caption row spanning the table: one cell with a grid span
							tr.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
							while (tr.getTableCells().size() > 1) {
								tr.removeCell(1);
							}
						}
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		pr.addNewVMerge().setVal(how);
	}

	static Map<String, List<BigDecimal>> textNumbers() throws Exception {
		return cells(ImportFixtures.parse(
				ImportFixtures.importer().importFile(ImportFixtures.seed(4), Importer.TemplateChoice.AUTO).source()));
	}

	@Test
	void htmlWithRowspansImportsToTheSameNumbersAsTheText() throws Exception {
		Importer.Result r = ImportFixtures.importer().importBytes("enping.html", html().getBytes(StandardCharsets.UTF_8),
				Importer.TemplateChoice.AUTO);
		Map<String, List<BigDecimal>> numbers = cells(ImportFixtures.parse(r.source()));
		assertEquals(32, numbers.size());
		assertEquals(textNumbers(), numbers);
		assertEquals("恩平市人民政府办公室", r.report().organ);
		// text is text: what looks like markup stays as written, scripts are not text
		assertTrue(r.source().contains("<b>标记</b>不是标签"));
		assertTrue(!r.source().contains("var x"));
	}

	/** A CMS page lays its body out in a table: its cells are blocks, and the report's tables inside are read as tables. */
	@Test
	void aLayoutTableAroundThePageImportsToTheSameNumbers() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html());
		String body = page.body().html();
		page.body().html("<table class=\"layout\"><tr><td class=\"nav\"><p>首页</p><p>政务公开</p></td><td>" + body
				+ "</td></tr><tr><td colspan=\"2\"><p>主办：恩平市人民政府办公室</p></td></tr></table>");
		Importer.Result r = ImportFixtures.importer().importBytes("layout.html", page.outerHtml().getBytes(StandardCharsets.UTF_8),
				Importer.TemplateChoice.AUTO);
		Map<String, List<BigDecimal>> numbers = cells(ImportFixtures.parse(r.source()));
		assertEquals(32, numbers.size());
		assertEquals(textNumbers(), numbers);
		assertTrue(r.source().contains("<b>标记</b>不是标签"));
	}

	@Test
	void docxWithMergedCellsImportsToTheSameNumbersAsTheText() throws Exception {
		Importer.Result r = ImportFixtures.importer().importBytes("enping.docx", docx(), Importer.TemplateChoice.AUTO);
		Map<String, List<BigDecimal>> numbers = cells(ImportFixtures.parse(r.source()));
		assertEquals(32, numbers.size());
		assertEquals(textNumbers(), numbers);
		assertEquals(2024, r.report().year);
		assertTrue(r.source().contains("<b>标记</b>不是标签"));
	}

	@Test
	void emptyCellsOfARealTableStayBlankNotZero() throws Exception {
		String html = html().replaceFirst("<td>6</td>", "<td></td>");
		Importer.Result r = ImportFixtures.importer().importBytes("blank.html", html.getBytes(StandardCharsets.UTF_8),
				Importer.TemplateChoice.AUTO);
		List<BigDecimal> row = cells(ImportFixtures.parse(r.source())).get("申请/新收");
		assertEquals(null, row.get(0));
		assertEquals(new BigDecimal("11"), row.get(6));
	}
}
