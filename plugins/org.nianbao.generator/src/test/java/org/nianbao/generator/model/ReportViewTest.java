package org.nianbao.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ReportView.TableView;

class ReportViewTest {

	static final String AUTO = """
			report 自动 : 政府信息公开年报2021 {
			  标题 "自动计算"
			  section 依申请公开 {
			    table 申请 {
			      新收      24 2 0 0 0 0 auto
			      上年结转   1 - 0 0 0 0 1
			    }
			  }
			  section 复议诉讼 {
			    table 复议诉讼 {
			      件数  2 0 1 0 auto  0 0 0 0 0  0 0 0 0 0
			    }
			  }
			}
			""";

	static TableView table(ReportView v, String name) {
		return v.tables().stream().filter(t -> t.def().getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void autoCellsShowTheValueTheArithmeticServiceComputes(@TempDir Path dir) throws Exception {
		ReportView v = TestReports.view(AUTO, dir);
		TableView apps = table(v, "申请");
		CellValue total = apps.cell(0, 6);
		assertEquals(CellValue.Kind.AUTO, total.kind());
		assertTrue(total.computed());
		assertEquals(new BigDecimal("26"), total.value());
		CellValue review = table(v, "复议诉讼").cell(0, 4);
		assertEquals("3", review.text());
		// a blank stays blank in print even when the arithmetic could solve it
		CellValue blank = apps.cell(1, 1);
		assertEquals(CellValue.Kind.BLANK, blank.kind());
		assertNull(blank.value());
		assertEquals(CellValue.Kind.MISSING, apps.cell(5, 0).kind());
		Document d = Jsoup.parse(new HtmlGenerator().generate(v));
		var cell = d.selectFirst("tr[data-row=新收]").select("td").get(6);
		assertEquals("26", cell.text());
		assertTrue(cell.hasClass("computed"));
		assertFalse(d.selectFirst("tr[data-row=新收]").select("td").get(5).hasClass("computed"));
	}

	@Test
	void everyTemplateSectionAndTableIsShownEvenWhenTheReportLeavesItOut(@TempDir Path dir) throws Exception {
		ReportView v = TestReports.view(AUTO, dir);
		assertEquals(6, v.sections().size());
		assertEquals(List.of("规章文件", "行政许可", "处罚强制", "收费", "申请", "复议诉讼"),
				v.tables().stream().map(t -> t.def().getName()).toList());
		assertEquals(CellValue.Kind.MISSING, table(v, "收费").cell(0, 0).kind());
		assertEquals("自动计算", v.title());
		assertEquals("", v.organ());
	}

	@Test
	void narrativeExpressionsPrintTheirValues() {
		ReportView v = TestReports.view(TestReports.example("window-stats.nianbao"));
		ReportView.ParagraphView p = (ReportView.ParagraphView) v.sections().get(0).blocks().get(0);
		assertEquals("本月共受理办件200件，其中即办件120件。", p.text());
		Document d = Jsoup.parse(new HtmlGenerator().generate(v));
		assertEquals("本月共受理办件200件，其中即办件120件。", d.selectFirst("section#概况 > p").text());
	}

	@Test
	void anExpressionThatCannotBeEvaluatedStaysAsWritten(@TempDir Path dir) throws Exception {
		ReportView v = TestReports.view("""
				report 未知 : 政府信息公开年报2021 {
				  section 总体情况 { text ""\"共受理{申请.新收.总计}件，另{不存在.行.列}件。""\" }
				  section 依申请公开 { table 申请 { 新收 1 2 0 0 0 0 3 } }
				}
				""", dir);
		assertEquals("共受理3件，另{不存在.行.列}件。", ((ReportView.ParagraphView) v.sections().get(0).blocks().get(0)).text());
	}
}
