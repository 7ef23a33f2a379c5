package org.nianbao.tests.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class NianbaoParsingTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Test
	void reportsCarryMetadataChineseNamesTextBlocksNotesBlanksAndAuto() {
		String text = """
				/* 块注释 */
				report 港口镇2024 : 政府信息公开年报2021 {
				  标题 "港口镇2024年政府信息公开工作年度报告"
				  机关 "中山市港口镇人民政府"  年度 2024  发布 "2025-01-16"
				  section 总体情况 {
				    text \"""第一段，含 <b>标记</b> 与 "引号"。
				第二行。\"""
				  }
				  section 主动公开 {
				    table 规章文件 {
				      规范性文件 "行政规范性文件" 2 4 "1个废止，3个到期自动失效" -   // 行注释
				    }
				    table 收费 {
				      行政事业性收费 2862.50 "2862.5万元"
				    }
				  }
				  section 依申请公开 {
				    table 申请 {
				      新收 24 2 0 0 0 0 auto
				    }
				  }
				}
				""";
		XtextResource r = TestModels.parse(resourceSets.get(), "ok.nianbao", text);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		Report report = (Report) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
		assertEquals("港口镇2024", report.getName());
		assertEquals("中山市港口镇人民政府", report.getOrgan());
		assertEquals(new BigDecimal("2024"), report.getYear());
		assertEquals("2025-01-16", report.getDate());
		Paragraph p = (Paragraph) report.getSections().get(0).getContents().get(0);
		assertEquals("第一段，含 <b>标记</b> 与 \"引号\"。\n第二行。", p.getText());
		RowData row = ((TableData) report.getSections().get(1).getContents().get(0)).getRows().get(0);
		assertEquals("行政规范性文件", row.getLabel());
		assertEquals(3, row.getCells().size());
		NumberCell noted = (NumberCell) row.getCells().get(1);
		assertEquals(new BigDecimal("4"), noted.getValue());
		assertEquals("1个废止，3个到期自动失效", noted.getNote());
		assertInstanceOf(BlankCell.class, row.getCells().get(2));
		NumberCell fee = (NumberCell) ((TableData) report.getSections().get(1).getContents().get(1)).getRows().get(0)
				.getCells().get(0);
		assertEquals(new BigDecimal("2862.50"), fee.getValue());
		List<?> cells = ((TableData) report.getSections().get(2).getContents().get(0)).getRows().get(0).getCells();
		assertInstanceOf(AutoCell.class, cells.get(6));
	}

	/** 抄送, 印发机关 and 印发日期 ask for the 版记 (GB/T 9704 7.4); as names they stay names (a row 抄送). */
	@Test
	void theImprintMetadataIsReadInAnyOrderAndTheKeywordsStillName() {
		String text = """
				template 版记模板 {
				  section 章 "一、章" {
				    table 表一 "表一" {
				      columns { 件数 "件数" }
				      rows { 抄送 "抄送件数"  印发机关 "印发机关数" }
				    }
				  }
				}
				report 有版记 : 版记模板 {
				  印发日期 "2025-01-16"
				  机关 "某县人民政府"
				  抄送 "市政府办公室，市政务公开办"
				  印发机关 "某县人民政府办公室"
				  section 章 { table 表一 { 抄送 3  印发机关 1 } }
				}
				""";
		XtextResource r = TestModels.parse(resourceSets.get(), "imprint.nianbao", text);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		Report report = (Report) ((NianbaoFile) r.getContents().get(0)).getElements().get(1);
		assertEquals("市政府办公室，市政务公开办", report.getCopyTo());
		assertEquals("某县人民政府办公室", report.getPrinter());
		assertEquals("2025-01-16", report.getPrintDate());
		assertEquals("某县人民政府", report.getOrgan());
		List<RowData> rows = ((TableData) report.getSections().get(0).getContents().get(0)).getRows();
		assertEquals(List.of("抄送", "印发机关"), rows.stream().map(row -> row.getRow().getName()).toList());
		assertEquals(new BigDecimal("3"), ((NumberCell) rows.get(0).getCells().get(0)).getValue());
	}

	@Test
	void syntaxErrorsCarryTheRightLineAndAChineseMessage() {
		String text = "report 甲 : 政府信息公开年报2021 {\n  section 主动公开 {\n    table 规章文件 {\n      规章 0 0 ) 0\n    }\n  }\n}\n";
		XtextResource r = TestModels.parse(resourceSets.get(), "syntax.nianbao", text);
		List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue first = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
		assertEquals(IssueCodes.SYNTAX, first.getCode());
		assertEquals(4, first.getLineNumber());
		assertEquals(14, first.getColumn());
		assertTrue(first.getMessage().startsWith("语法错误"), first.getMessage());
	}

	@Test
	void overlongNumbersAreAValueErrorNotACrash() {
		String text = "report 甲 : 政府信息公开年报2021 {\n  section 主动公开 {\n    table 行政许可 {\n      行政许可 "
				+ "9".repeat(40) + "\n    }\n  }\n}\n";
		XtextResource r = TestModels.parse(resourceSets.get(), "long.nianbao", text);
		List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue issue = issues.stream().filter(i -> IssueCodes.BAD_VALUE.equals(i.getCode())).findFirst().orElseThrow(
				() -> new AssertionError(issues.toString()));
		assertEquals(4, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("数字过长"), issue.getMessage());
	}
}
