package org.nianbao.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.nianbao.SectionDef;

class HtmlGeneratorTest {

	static ReportView view;
	static Document doc;

	@BeforeAll
	static void generate() {
		view = TestReports.gangkou();
		doc = Jsoup.parse(new HtmlGenerator().generate(view));
	}

	@Test
	void titleOrganAndDateArePrinted() {
		assertEquals("港口镇2024年政府信息公开工作年度报告", doc.title());
		assertEquals("港口镇2024年政府信息公开工作年度报告", doc.selectFirst("h1").text());
		assertEquals("中山市港口镇人民政府", doc.selectFirst(".meta .organ").text());
		assertEquals("2025-01-16", doc.selectFirst(".meta time").attr("datetime"));
		assertEquals("2025年1月16日", doc.selectFirst(".signature .date").text());
		assertEquals("中山市港口镇人民政府", doc.selectFirst(".signature .organ").text());
	}

	@Test
	void theSixSectionHeadingsComeFromTheTemplateInOrder() {
		List<String> expected = view.template().getSections().stream().map(SectionDef::getHeading).toList();
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"), expected);
		assertEquals(expected, doc.select("section > h2").eachText());
	}

	@Test
	void narrativeParagraphsAreKeptWithTheirLevelTwoLeads() {
		Elements paragraphs = doc.select("section#总体情况 > p");
		assertEquals(5, paragraphs.size());
		assertEquals("(一)做好政务新媒体和政府网站信息主动公开工作。", paragraphs.get(1).selectFirst("span.lead").text());
		assertTrue(paragraphs.get(1).text().contains("主动公开政府信息644条"));
		assertEquals(6, doc.select("section#问题改进 > p").size());
	}

	@Test
	void theMatrixHeaderHasTheOfficialSpansScopesCaptionAndNote() {
		Element block = doc.selectFirst("div.table-block#申请");
		Element note = block.child(0);
		assertEquals("p", note.tagName());
		assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", note.text());
		Element table = block.selectFirst("table");
		assertEquals("收到和处理政府信息公开申请情况", table.selectFirst("caption").text());
		Elements headRows = table.select("thead > tr");
		assertEquals(2, headRows.size());
		Elements first = headRows.get(0).children();
		assertEquals(List.of("申请人情况", "自然人", "法人或其他组织", "总计"), first.eachText());
		assertEquals(List.of("2", "2", "", "2"), first.stream().map(e -> e.attr("rowspan")).toList());
		assertEquals("3", first.get(0).attr("colspan"));
		assertEquals("5", first.get(2).attr("colspan"));
		assertEquals("colgroup", first.get(2).attr("scope"));
		assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), headRows.get(1).children().eachText());
		Element results = table.selectFirst("th:containsOwn(三、本年度办理结果)");
		assertEquals("22", results.attr("rowspan"));
		assertEquals("rowgroup", results.attr("scope"));
		Element withheld = table.selectFirst("th:containsOwn(（三）不予公开)");
		assertEquals("8", withheld.attr("rowspan"));
		assertEquals(25, table.select("tbody > tr").size());
		for (Element th : doc.select("th")) {
			assertTrue(List.of("col", "colgroup", "row", "rowgroup").contains(th.attr("scope")), th.outerHtml());
		}
	}

	@Test
	void everyCellValueIsPrintedInItsPlace() {
		int checked = 0;
		for (TableView t : view.tables()) {
			Element table = doc.selectFirst("div.table-block#" + t.def().getName() + " table");
			Elements rows = table.select("tbody > tr");
			assertEquals(t.rows().size(), rows.size());
			for (int i = 0; i < rows.size(); i++) {
				Elements tds = rows.get(i).select("> td");
				assertEquals(t.columns().size(), tds.size());
				for (int j = 0; j < tds.size(); j++) {
					CellValue c = t.cell(i, j);
					assertEquals(c.text(), tds.get(j).ownText(), t.def().getName() + " " + i + "," + j);
					checked++;
				}
			}
		}
		assertEquals(6 + 1 + 2 + 1 + 25 * 7 + 15, checked);
		Element abolished = doc.selectFirst("tr[data-row=规范性文件]").select("td").get(1);
		assertEquals("4", abolished.ownText());
		assertEquals("（1个废止，3个到期自动失效）", abolished.selectFirst(".cell-note").text());
	}

	@Test
	void thePageIsSelfContained() {
		assertTrue(doc.select("script, link, img, iframe, object, embed").isEmpty());
		assertTrue(doc.select("[src], [href]").isEmpty());
		String css = doc.selectFirst("style").data();
		assertFalse(css.contains("url("), "no external fonts or images");
		assertFalse(css.contains("@import"));
		assertTrue(css.contains("@page") && css.contains("size: A4"), "print CSS for A4");
		assertTrue(css.contains("@media print"));
		assertTrue(css.contains("仿宋") && css.contains("Noto Serif CJK SC"), "a Chinese font stack");
		assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
		assertTrue(doc.select(".errors").isEmpty(), "a clean report has no error banner");
	}

	static final String HOSTILE = """
			report 恶意 : 政府信息公开年报2021 {
			  标题 "<script>alert('标题')</script> & \\"引号\\""
			  机关 "A&B <b>机关</b> \\"C\\" 'D'"
			  年度 2024
			  发布 "2025-01-16\\" onload=\\"x"
			  section 总体情况 {
			    text \"\"\"<img src=x onerror=alert(1)>正文 & 更多 </p><script>x()</script>\"\"\"
			  }
			  section 主动公开 {
			    table 规章文件 {
			      规章 "</th><script>1</script>" 0 0 0
			      规范性文件 1 2 "</td><script>evil()</script> & \\"q\\"" 3
			    }
			  }
			}
			""";

	@Test
	void hostileTextIsEscapedEverywhere(@TempDir Path dir) throws Exception {
		ReportView hostile = TestReports.view(HOSTILE, dir);
		String html = new HtmlGenerator().generate(hostile);
		Document d = Jsoup.parse(html);
		assertTrue(d.select("script, img, b").isEmpty(), "no element smuggled in");
		assertTrue(d.select("[onerror], [onload]").isEmpty());
		assertEquals("<script>alert('标题')</script> & \"引号\"", d.title());
		assertEquals("<script>alert('标题')</script> & \"引号\"", d.selectFirst("h1").text());
		assertEquals("A&B <b>机关</b> \"C\" 'D'", d.selectFirst(".meta .organ").text());
		assertEquals("2025-01-16\" onload=\"x", d.selectFirst(".meta time").attr("datetime"));
		assertEquals("<img src=x onerror=alert(1)>正文 & 更多 </p><script>x()</script>",
				d.selectFirst("section#总体情况 > p").text());
		assertEquals("（</td><script>evil()</script> & \"q\"）",
				d.selectFirst("tr[data-row=规范性文件]").select("td").get(1).selectFirst(".cell-note").text());
		assertFalse(html.contains("<script>"));
	}

	@Test
	void aForcedReportWithErrorsCarriesAVisibleBanner(@TempDir Path dir) throws Exception {
		ReportView broken = TestReports.view("""
				report 有错 : 政府信息公开年报2021 {
				  标题 "有错的报告"
				  section 主动公开 {
				    table 规章文件 {
				      不存在的行 1 2 3
				    }
				  }
				}
				""", dir);
		assertFalse(broken.errors().isEmpty());
		Document d = Jsoup.parse(new HtmlGenerator().generate(broken));
		Element banner = d.selectFirst("main > .errors[role=alert]");
		assertTrue(banner.text().contains("请勿发布"));
		Elements items = banner.select("li");
		assertEquals(broken.errors().size(), items.size());
		assertTrue(items.get(0).text().startsWith("report.nianbao:5:"), items.get(0).text());
		assertTrue(items.get(0).text().contains("[NB002]"), items.get(0).text());
		assertEquals(banner, d.selectFirst("main").child(0), "the banner comes before the title");
	}

	@Test
	void aForcedReportMarksTheCellsItsArithmeticErrorsAreOn(@TempDir Path dir) throws Exception {
		ReportView broken = TestReports.view("""
				report 总计错 : 政府信息公开年报2021 {
				  section 依申请公开 {
				    table 申请 {
				      新收 24 2 0 0 0 0 27
				    }
				  }
				}
				""", dir);
		var onCell = broken.errors().stream().filter(f -> f.hasCell() && f.row().equals("新收")).toList();
		assertEquals(1, onCell.size(), broken.errors().toString());
		assertTrue(onCell.get(0).code().startsWith("NB1"), onCell.get(0).code());
		Document d = Jsoup.parse(new HtmlGenerator().generate(broken));
		Elements marked = d.select("td.error");
		assertEquals(1, marked.size());
		assertEquals("27", marked.get(0).text());
		assertEquals(d.selectFirst("tr[data-row=新收]").select("td").get(6), marked.get(0));
		assertTrue(marked.get(0).attr("title").startsWith("[" + onCell.get(0).code() + "]"));
	}
}
