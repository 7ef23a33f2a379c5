package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ArithmeticTest {

	@Inject
	Arithmetic arithmetic;

	@Inject
	Reports reports;

	private static BigDecimal n(String s) {
		return new BigDecimal(s);
	}

	private ReportResult evaluate(String text) {
		return arithmetic.evaluate(reports.parse(text));
	}

	private static String describe(List<Violation> vs) {
		return vs.stream().map(v -> v.kind() + " " + v.cell() + " expected=" + v.expected() + " actual=" + v.actual()
				+ " (" + v.derivation() + ")").collect(Collectors.joining("\n"));
	}

	@Test
	void seed000IsConsistentAndItsValuesCanBeReadByName() {
		ReportResult r = evaluate(Reports.gangkou());
		assertEquals("", describe(r.violations()));
		TableResult t = r.table("申请");
		assertEquals(0, n("26").compareTo(t.value("新收", "总计")));
		assertEquals(0, n("25").compareTo(t.value("办理结果.总计", "总计")));
		assertEquals(0, n("0").compareTo(t.value("其他处理.其他", "商业企业")));
		// 7 row totals... one per row (25), one (七)总计 per column (7), one identity per column (7)
		assertEquals(25 + 7 + 7, t.relations().size());
		assertEquals(3, r.table("复议诉讼").relations().size());
	}

	@Test
	void aWrongGroupTotalIsReportedOnTheTotalWithItsDerivation() {
		String text = Reports.plant(Reports.gangkou(), "件数", 4, "3");
		List<Violation> vs = evaluate(text).violations();
		assertEquals(1, vs.size(), describe(vs));
		Violation v = vs.get(0);
		assertEquals(Violation.Kind.MISMATCH, v.kind());
		assertEquals("件数", v.cell().rowName());
		assertEquals("行政复议.总计", v.cell().columnName());
		assertEquals(0, n("2").compareTo(v.expected()));
		assertEquals(0, n("3").compareTo(v.actual()));
		assertEquals("2 + 0 + 0 + 0", v.derivation());
		assertTrue(v.token() instanceof NumberCell nc && nc.getValue().intValue() == 3);
	}

	@Test
	void aColumnTotalIsCheckedEvenWhenTheBalanceIdentityHolds() {
		// 予以公开 grows by one in 自然人 and in its row total: rows and 勾稽 still hold, (七)总计 does not
		String text = Reports.plant(Reports.gangkou(), "予以公开", 0, "6");
		text = Reports.plant(text, "予以公开", 6, "6");
		List<Violation> vs = evaluate(text).violations();
		assertEquals(2, vs.size(), describe(vs));
		Violation v = vs.get(0);
		assertEquals(Violation.Kind.MISMATCH, v.kind());
		assertEquals("办理结果.总计", v.cell().rowName());
		assertEquals("自然人", v.cell().columnName());
		assertEquals(0, n("24").compareTo(v.expected()));
		assertEquals(0, n("23").compareTo(v.actual()));
		assertEquals("6 + 5 + 0 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 11 + 0 + 0 + 0 + 1 + 0 + 0 + 0 + 0 + 0 + 0",
				v.derivation());
		assertEquals("总计", vs.get(1).cell().columnName());
		assertEquals(0, n("26").compareTo(vs.get(1).expected()));
	}

	@Test
	void theBalanceIdentityIsReportedOnTheCarryOverCell() {
		String text = Reports.plant(Reports.gangkou(), "结转下年", 0, "3");
		text = Reports.plant(text, "结转下年", 6, "3");
		List<Violation> vs = evaluate(text).violations();
		assertEquals(2, vs.size(), describe(vs));
		Violation v = vs.get(0);
		assertEquals(Violation.Kind.MISMATCH, v.kind());
		assertEquals("结转下年/自然人", v.cell().display());
		assertEquals(0, n("2").compareTo(v.expected()));
		assertEquals(0, n("3").compareTo(v.actual()));
		assertEquals("24 + 1 − 23", v.derivation());
		assertEquals("勾稽", Tables.tableOf(v.cell().row()).getRules().get(0).getName());
		assertEquals(v.relation().source(), Tables.tableOf(v.cell().row()).getRules().get(0));
	}

	@Test
	void aComponentBreakingItsRowAndColumnTotalIsBlamedNotTheTotals() {
		String text = Reports.plant(Reports.gangkou(), "不掌握", 0, "10");
		List<Violation> vs = evaluate(text).violations();
		assertEquals(1, vs.size(), describe(vs));
		Violation v = vs.get(0);
		assertEquals(Violation.Kind.CULPRIT, v.kind());
		assertEquals("不掌握/自然人", v.cell().display());
		assertEquals(0, n("11").compareTo(v.expected()));
		assertEquals(0, n("10").compareTo(v.actual()));
		assertEquals(2, v.relations().size());
	}

	@Test
	void aBlankTotalIsReportedWithTheValueItShouldHave() {
		String text = Reports.plant(Reports.gangkou(), "新收", 6, "-");
		ReportResult r = evaluate(text);
		List<Violation> vs = r.violations();
		assertEquals(1, vs.size(), describe(vs));
		Violation v = vs.get(0);
		assertEquals(Violation.Kind.BLANK, v.kind());
		assertEquals("新收/总计", v.cell().display());
		assertEquals(0, n("26").compareTo(v.expected()));
		assertNull(v.actual());
		assertEquals("24 + 2 + 0 + 0 + 0 + 0", v.derivation());
	}

	@Test
	void autoCellsAreComputedAndNeverReported() {
		String text = Reports.gangkou();
		for (String row : List.of("新收", "上年结转", "予以公开", "不掌握", "结转下年")) {
			text = Reports.plant(text, row, 6, "auto");
		}
		for (int c = 0; c < 7; c++) {
			text = Reports.plant(text, "总计", c, "auto");
		}
		ReportResult r = evaluate(text);
		assertEquals("", describe(r.violations()));
		TableResult t = r.table("申请");
		CellKey grand = t.key("办理结果.总计", "总计");
		assertEquals(0, n("25").compareTo(t.value(grand)));
		assertTrue(t.isComputed(grand));
		assertEquals(0, n("11").compareTo(t.value("不掌握", "总计")));
	}

	@Test
	void negativeAndFractionalCountsAreReported() {
		String text = Reports.plant(Reports.gangkou(), "行政处罚", 0, "-345");
		text = Reports.plant(text, "行政强制", 0, "2.5");
		List<Violation> vs = evaluate(text).violations();
		assertEquals(2, vs.size(), describe(vs));
		assertEquals(Violation.Kind.NEGATIVE, vs.get(0).kind());
		assertEquals("行政处罚/处理决定", vs.get(0).cell().display());
		assertEquals(Violation.Kind.NOT_INTEGER, vs.get(1).kind());
		assertEquals(0, n("2.5").compareTo(vs.get(1).actual()));
	}

	@Test
	void amountsInDecimalLeavesAreComparedWithTheWrittenPrecision() {
		String template = """
				template 预算 "预算表" {
				  section 收支 "一、收支" {
				    table 收支 "收支" {
				      columns { 金额 "金额" decimal  件数 "件数" }
				      rows { 甲 "甲"  乙 "乙"  合计 "合计" = 甲 + 乙 }
				    }
				  }
				}
				""";
		String ok = template + "report 测试 : 预算 { section 收支 { table 收支 { 甲 1.25 1  乙 2.5 2  合计 3.8 3 } } }";
		assertEquals("", describe(evaluate(ok).violations()));
		String off = template + "report 测试 : 预算 { section 收支 { table 收支 { 甲 1.25 1  乙 2.5 2  合计 3.9 4 } } }";
		List<Violation> vs = evaluate(off).violations();
		assertEquals(2, vs.size(), describe(vs));
		assertEquals("合计/金额", vs.get(0).cell().display());
		assertEquals(0, n("3.75").compareTo(vs.get(0).expected()));
		assertEquals("合计/件数", vs.get(1).cell().display());
		assertEquals(0, n("3").compareTo(vs.get(1).expected()));
	}

	@Test
	void signedLeavesMayBeNegative() {
		String text = """
				report 旧格式 : 政府信息公开年报2019 {
				  section 主动公开 {
				    table 行政许可 { 行政许可 10 -2 8  其他事项 3 0 1 }
				  }
				}
				""";
		ReportResult r = evaluate(text);
		assertEquals("", describe(r.violations()));
		String bad = text.replace("3 0 1", "3 0 -1");
		List<Violation> vs = evaluate(bad).violations();
		assertEquals(1, vs.size(), describe(vs));
		assertEquals(Violation.Kind.NEGATIVE, vs.get(0).kind());
	}

	@Test
	void explainShowsTheFormulaWithValuesAndResult() {
		ReportResult r = evaluate(Reports.gangkou());
		TableResult t = r.table("申请");
		assertEquals("总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 24 + 2 + 0 + 0 + 0 + 0 = 26",
				t.explain(t.key("新收", "总计")));
		String component = t.explain(t.key("不掌握", "自然人"));
		assertTrue(component.startsWith("不掌握/自然人 = 11"), component);
		assertTrue(component.contains("不掌握/总计"), component);
		NumberCell token = (NumberCell) t.token(t.key("新收", "总计"));
		assertNotNull(r.explain(token));
		assertEquals(t.explain(t.key("新收", "总计")), r.explain(token));
	}

	@Test
	void rowCheckTellsWhetherACandidateSplitHolds() {
		Report report = reports.parse(Reports.gangkou());
		TableDef table = Tables.findTable(Tables.template(report), "申请");
		Leaf row = Tables.rowLeaves(table).get(0);
		assertTrue(arithmetic.rowSatisfies(table, row, nums("24", "2", "0", "0", "0", "0", "26")));
		// "2420000026" split the wrong way
		assertFalse(arithmetic.rowSatisfies(table, row, nums("2", "42", "0", "0", "0", "0", "26")));
		List<Violation> vs = arithmetic.checkRow(table, row, nums("2", "42", "0", "0", "0", "0", "26"));
		assertEquals(1, vs.size());
		assertEquals(0, n("44").compareTo(vs.get(0).expected()));
		// unknown cells are solved, not reported
		assertTrue(arithmetic.rowSatisfies(table, row, java.util.Arrays.asList(n("24"), null, n("0"), n("0"),
				n("0"), n("0"), n("26"))));
	}

	private static List<BigDecimal> nums(String... s) {
		return java.util.Arrays.stream(s).map(BigDecimal::new).toList();
	}
}
