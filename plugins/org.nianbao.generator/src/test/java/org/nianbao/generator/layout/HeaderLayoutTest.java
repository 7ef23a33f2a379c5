package org.nianbao.generator.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.layout.HeaderLayout.Kind;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.ReportView;

class HeaderLayoutTest {

	static ReportView view;

	@BeforeAll
	static void load() {
		view = TestReports.gangkou();
	}

	static Span span(HeaderLayout layout, String text) {
		List<Span> found = layout.spans().stream().filter(s -> s.text().equals(text)).toList();
		assertEquals(1, found.size(), () -> "spans labelled " + text + ": " + found);
		return found.get(0);
	}

	@Test
	void theApplicationMatrixHasTheOfficialMergedHeaders() {
		HeaderLayout l = HeaderLayout.of(TestReports.table(view, "申请"));
		assertEquals(2, l.headerRows());
		assertEquals(3, l.headerColumns());
		assertEquals(7, l.columns().size());
		assertEquals(25, l.rows().size());
		assertEquals(new Span(0, 0, 2, 3, "申请人情况", Kind.CORNER, null), span(l, "申请人情况"));
		Span person = span(l, "自然人");
		assertEquals(List.of(0, 3, 2, 1), List.of(person.row(), person.col(), person.rowSpan(), person.colSpan()));
		Span legal = span(l, "法人或其他组织");
		assertEquals(List.of(0, 4, 1, 5), List.of(legal.row(), legal.col(), legal.rowSpan(), legal.colSpan()));
		assertEquals("colgroup", legal.scope());
		Span total = span(l, "总计");
		assertEquals(List.of(0, 9, 2, 1), List.of(total.row(), total.col(), total.rowSpan(), total.colSpan()));
		Span business = span(l, "商业企业");
		assertEquals(List.of(1, 4, 1, 1), List.of(business.row(), business.col(), business.rowSpan(), business.colSpan()));
	}

	@Test
	void rowGroupsSpanTheirLeavesAndLeavesSpanToTheData() {
		HeaderLayout l = HeaderLayout.of(TestReports.table(view, "申请"));
		Span newly = span(l, "一、本年新收政府信息公开申请数量");
		assertEquals(List.of(2, 0, 1, 3), List.of(newly.row(), newly.col(), newly.rowSpan(), newly.colSpan()));
		Span results = span(l, "三、本年度办理结果");
		// 予以公开, 部分公开, 8 + 3 + 5 + 3 items, 总计 = 22 rows
		assertEquals(List.of(4, 0, 22, 1), List.of(results.row(), results.col(), results.rowSpan(), results.colSpan()));
		assertEquals("rowgroup", results.scope());
		Span withheld = span(l, "（三）不予公开");
		assertEquals(List.of(6, 1, 8, 1), List.of(withheld.row(), withheld.col(), withheld.rowSpan(), withheld.colSpan()));
		Span disclosed = span(l, "（一）予以公开");
		assertEquals(List.of(4, 1, 1, 2), List.of(disclosed.row(), disclosed.col(), disclosed.rowSpan(), disclosed.colSpan()));
		Span secret = span(l, "1.属于国家秘密");
		assertEquals(List.of(6, 2, 1, 1), List.of(secret.row(), secret.col(), secret.rowSpan(), secret.colSpan()));
		assertEquals("row", secret.scope());
		Span carried = span(l, "四、结转下年度继续办理");
		assertEquals(List.of(26, 0, 1, 3), List.of(carried.row(), carried.col(), carried.rowSpan(), carried.colSpan()));
	}

	@Test
	void reviewAndLitigationHeadersAreThreeRowsDeep() {
		HeaderLayout l = HeaderLayout.of(TestReports.table(view, "复议诉讼"));
		assertEquals(3, l.headerRows());
		assertEquals(15, l.columns().size());
		Span review = span(l, "行政复议");
		assertEquals(List.of(0, 1, 1, 5), List.of(review.row(), review.col(), review.rowSpan(), review.colSpan()));
		Span lawsuit = span(l, "行政诉讼");
		assertEquals(List.of(0, 6, 1, 10), List.of(lawsuit.row(), lawsuit.col(), lawsuit.rowSpan(), lawsuit.colSpan()));
		Span direct = span(l, "未经复议直接起诉");
		assertEquals(List.of(1, 6, 1, 5), List.of(direct.row(), direct.col(), direct.rowSpan(), direct.colSpan()));
		// the review's leaves reach down through the missing third level
		Span first = l.at(1, 1);
		assertEquals("结果维持", first.text());
		assertEquals(2, first.rowSpan());
		Span litigated = l.at(2, 6);
		assertEquals("结果维持", litigated.text());
		assertEquals(1, litigated.rowSpan());
	}

	@Test
	void everyHeaderPositionIsCoveredByExactlyOneSpanAndDataCellsByNone() {
		for (String name : List.of("申请", "复议诉讼", "规章文件", "收费")) {
			HeaderLayout l = HeaderLayout.of(TestReports.table(view, name));
			for (int r = 0; r < l.gridRows(); r++) {
				for (int c = 0; c < l.gridColumns(); c++) {
					final int rr = r, cc = c;
					long covering = l.spans().stream().filter(s -> s.covers(rr, cc)).count();
					boolean data = r >= l.headerRows() && c >= l.headerColumns();
					assertEquals(data ? 0 : 1, covering, name + " at " + r + "," + c);
					if (data) {
						assertNull(l.at(r, c));
					} else {
						assertNotNull(l.at(r, c));
					}
				}
			}
		}
	}

	@Test
	void the2019TemplateGivesItsOwnLayoutFromItsOwnTrees(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		ReportView v2019 = TestReports.view("""
				report 试行 : 政府信息公开年报2019 {
				  标题 "2020年报告"
				}
				""", dir);
		HeaderLayout l = HeaderLayout.of(TestReports.table(v2019, "申请"));
		assertEquals(23, l.rows().size(), "one （六）其他处理 row in the trial format: 25 - 3 + 1");
		Span results = span(l, "三、本年度办理结果");
		assertEquals(20, results.rowSpan());
		Span other = span(l, "（六）其他处理");
		assertEquals(2, other.colSpan(), "a leaf beside the groups reaches the data");
		HeaderLayout purchase = HeaderLayout.of(TestReports.table(v2019, "集中采购"));
		assertEquals(1, purchase.headerRows());
		assertEquals(1, purchase.headerColumns());
		assertEquals(List.of("信息内容", "采购项目数量", "采购总金额"),
				purchase.spansStartingIn(0).stream().map(Span::text).toList());
	}
}
