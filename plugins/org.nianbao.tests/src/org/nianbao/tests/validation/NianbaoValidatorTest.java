package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
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
import org.nianbao.nianbao.Report;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;
import org.nianbao.validation.Finding;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** One planted fault per rule family, asserted on code, cell, expected and actual, and location. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class NianbaoValidatorTest {

	@Inject
	Reports reports;

	@Inject
	IResourceValidator validator;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	List<Issue> validate(Report report) {
		return validator.validate(report.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	List<Issue> validate(String text) {
		return validate(reports.parse(text));
	}

	static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> code.equals(i.getCode())).toList();
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getCode() + " " + i.getLineNumber() + ":"
				+ i.getColumn() + " " + i.getMessage()).collect(Collectors.joining("\n"));
	}

	/** Exactly one issue with the code, and no other error. */
	static Issue single(List<Issue> issues, String code) {
		List<Issue> found = withCode(issues, code);
		assertEquals(1, found.size(), () -> describe(issues));
		List<Issue> otherErrors = issues.stream()
				.filter(i -> i.getSeverity() == Severity.ERROR && !code.equals(i.getCode())).toList();
		assertEquals("", describe(otherErrors));
		return found.get(0);
	}

	/** The source text the issue marks. */
	static String marked(Report report, Issue issue) {
		String text = ((XtextResource) report.eResource()).getParseResult().getRootNode().getText();
		return text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
	}

	static void assertCell(Issue issue, String expected, String actual, String table, String row, String column) {
		String[] d = issue.getData();
		assertEquals(expected, d[Finding.DATA_EXPECTED], "expected");
		assertEquals(actual, d[Finding.DATA_ACTUAL], "actual");
		assertEquals(table, d[Finding.DATA_TABLE], "table");
		assertEquals(row, d[Finding.DATA_ROW], "row");
		assertEquals(column, d[Finding.DATA_COLUMN], "column");
	}

	// ---- examples ----------------------------------------------------------------------------

	@Test
	void seed000HasNoErrorAndOneNarrativeWarningOnTheLawsuits() {
		Report report = reports.parse(Reports.gangkou());
		List<Issue> issues = validate(report);
		assertEquals("", describe(issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList()));
		Issue lawsuits = single(issues, IssueCodes.NARRATIVE_MISMATCH);
		assertEquals(Severity.WARNING, lawsuits.getSeverity());
		assertEquals("2", marked(report, lawsuits));
		assertEquals("2", lawsuits.getData()[0]);
		assertEquals("0", lawsuits.getData()[1]);
		assertTrue(lawsuits.getData()[2].startsWith("行政诉讼案件2件"), lawsuits.getData()[2]);
		assertTrue(lawsuits.getMessage().contains("为 0"), lawsuits.getMessage());
		// its "共受理政府信息公开申请27件" counts the carry-over (26 + 1): information, not a contradiction
		Issue definition = single(issues, IssueCodes.NARRATIVE_DEFINITION);
		assertEquals(Severity.INFO, definition.getSeverity());
		assertEquals("27", marked(report, definition));
		assertEquals("26", definition.getData()[1]);
		// and its "办理和答复率96%" is not the table's 25/27 (ReviewerChecksTest)
		assertEquals("96", single(issues, IssueCodes.RATE_MISMATCH).getData()[0]);
		assertEquals(3, issues.size(), describe(issues));
	}

	// ---- NB1xx -------------------------------------------------------------------------------

	@Test
	void aWrongTotalIsAnErrorOnTheTotalWithItsDerivation() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "件数", 4, "3"));
		Issue issue = single(validate(report), IssueCodes.RELATION_MISMATCH);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertCell(issue, "2", "3", "复议诉讼", "件数", "行政复议.总计");
		assertEquals("3", marked(report, issue));
		assertEquals("行政复议.总计应为 2（= 2 + 0 + 0 + 0），实为 3", issue.getMessage());
		assertEquals("行政复议.总计 should be 2 (= 2 + 0 + 0 + 0), found 3", Finding.of("f", issue, "en").message());
		Finding f = Finding.of("f", issue);
		assertEquals(0, f.expected().intValue() - 2);
		assertEquals("行政复议.总计", f.col());
	}

	@Test
	void aComponentBreakingTwoTotalsIsBlamedItself() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "不掌握", 0, "10"));
		Issue issue = single(validate(report), IssueCodes.LIKELY_CULPRIT);
		assertCell(issue, "11", "10", "申请", "办理结果.无法提供.不掌握", "自然人");
		assertEquals("10", marked(report, issue));
		assertTrue(issue.getMessage().contains("改为 11"), issue.getMessage());
		assertTrue(issue.getMessage().contains("2 条"), issue.getMessage());
	}

	@Test
	void aBlankTotalIsReportedWithItsValue() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "新收", 6, "-"));
		Issue issue = single(validate(report), IssueCodes.BLANK_DETERMINED);
		assertCell(issue, "26", "", "申请", "新收", "总计");
		assertEquals("-", marked(report, issue));
		assertEquals("新收/总计空缺，应为 26（= 24 + 2 + 0 + 0 + 0 + 0）", issue.getMessage());
	}

	@Test
	void aBlankTheRelationsForceToZeroIsAWarningNotAnError() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "上年结转", 1, "-"));
		List<Issue> issues = validate(report);
		Issue issue = single(issues, IssueCodes.BLANK_ZERO);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertCell(issue, "0", "", "申请", "上年结转", "法人.商业企业");
		assertEquals("-", marked(report, issue));
		assertEquals(0, withCode(issues, IssueCodes.BLANK_DETERMINED).size(), describe(issues));
	}

	@Test
	void aBlankForcedToANumberOtherThanZeroStaysAnError() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "上年结转", 0, "-"));
		Issue issue = single(validate(report), IssueCodes.BLANK_DETERMINED);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertCell(issue, "1", "", "申请", "上年结转", "自然人");
	}

	@Test
	void autoCellsAreNotReported() {
		String text = Reports.plant(Reports.gangkou(), "新收", 6, "auto");
		text = Reports.plant(text, "总计", 0, "auto");
		List<Issue> issues = validate(text);
		assertEquals(3, issues.size(), describe(issues)); // the narrative warnings and information of seed 000 only
	}

	@Test
	void aBlankNoRelationDeterminesIsAWarning() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "行政处罚", 0, "-"));
		Issue issue = single(validate(report), IssueCodes.BLANK_UNDETERMINED);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertCell(issue, "", "", "处罚强制", "行政处罚", "处理决定");
	}

	@Test
	void negativeAndFractionalCounts() {
		Report report = reports.parse(Reports.plant(Reports.gangkou(), "行政许可", 0, "-3"));
		Issue issue = single(validate(report), IssueCodes.NEGATIVE);
		assertCell(issue, "", "-3", "行政许可", "行政许可", "处理决定");
		assertEquals("-3", marked(report, issue));
		Report fraction = reports.parse(Reports.plant(Reports.gangkou(), "行政强制", 0, "20.5"));
		Issue f = single(validate(fraction), IssueCodes.NOT_INTEGER);
		assertCell(f, "", "20.5", "处罚强制", "行政强制", "处理决定");
	}

	@Test
	void theOlderFormatHasItsOwnRelations() {
		// a consistent 2019 matrix (24 rows: one （六）其他处理 row) with one component changed
		StringBuilder sb = new StringBuilder("report 旧 : 政府信息公开年报2019 {\n 年度 2020\n");
		sb.append(" section 依申请公开 { table 申请 {\n");
		String[] rows = { "新收", "上年结转", "予以公开", "部分公开", "国家秘密", "禁止公开", "三安全一稳定", "第三方权益", "内部事务",
				"过程性信息", "执法案卷", "查询事项", "不掌握", "另行制作", "仍不明确", "信访举报", "重复申请", "公开出版物", "大量反复",
				"确认或重新出具", "其他处理", "总计", "结转下年" };
		for (String r : rows) {
			String cells = switch (r) {
			case "新收" -> "10 1 0 0 0 0 11";
			case "予以公开" -> "6 1 0 0 0 0 7";
			case "其他处理" -> "3 0 0 0 0 0 3";
			case "总计" -> "9 1 0 0 0 0 10";
			case "结转下年" -> "1 0 0 0 0 0 1";
			default -> "0 0 0 0 0 0 0";
			};
			sb.append("   ").append(r).append(' ').append(cells).append('\n');
		}
		sb.append(" } }\n}\n");
		List<Issue> clean = withCode(validate(sb.toString()), IssueCodes.RELATION_MISMATCH);
		assertEquals("", describe(clean));
		Report report = reports.parse(Reports.plant(sb.toString(), "其他处理", 0, "4"));
		Issue issue = withCode(validate(report), IssueCodes.LIKELY_CULPRIT).get(0);
		assertCell(issue, "3", "4", "申请", "办理结果.其他处理", "自然人");
	}

	// ---- NB2xx -------------------------------------------------------------------------------

	@Test
	void missingRow() {
		String text = Reports.gangkou().replaceAll("\n\\s*国家秘密[^\n]*", "");
		Issue issue = single(validate(text), IssueCodes.MISSING_ROW);
		assertEquals("国家秘密", issue.getData()[1]);
		assertEquals("1.属于国家秘密", issue.getData()[2]);
	}

	@Test
	void tooFewAndTooManyCells() {
		Report few = reports.parse(Reports.replaceRow(Reports.gangkou(), "上年结转", "1 0 0 0 0 0"));
		Issue issue = single(validate(few), IssueCodes.TOO_FEW_CELLS);
		assertEquals("7", issue.getData()[2]);
		assertEquals("6", issue.getData()[3]);
		assertEquals("上年结转", marked(few, issue));
		Report many = reports.parse(Reports.replaceRow(Reports.gangkou(), "上年结转", "1 0 0 0 0 0 1 9"));
		Issue extra = single(validate(many), IssueCodes.TOO_MANY_CELLS);
		assertEquals("9", marked(many, extra));
	}

	@Test
	void missingSectionAndTable() {
		String text = Reports.gangkou().replaceAll("(?s)\\n  section 其他事项 \\{.*?\\n  \\}", "");
		Issue issue = single(validate(text), IssueCodes.MISSING_SECTION);
		assertEquals("其他事项", issue.getData()[0]);
		String noTable = Reports.gangkou().replaceAll("(?s)\\n    table 收费 \\{.*?\\n    \\}", "");
		Issue table = single(validate(noTable), IssueCodes.MISSING_TABLE);
		assertEquals("收费", table.getData()[0]);
	}

	@Test
	void rowLabelsAreComparedWithTheTemplate() {
		Report wrong = reports.parse(Reports.gangkou().replace("内部事务         1", "内部事务 \"5.属于三类内容事务信息\" 1"));
		Issue issue = single(validate(wrong), IssueCodes.LABEL_MISMATCH);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("5.属于三类内部事务信息", issue.getData()[2]);
		assertEquals("\"5.属于三类内容事务信息\"", marked(wrong, issue));
		String right = Reports.gangkou().replace("内部事务         1", "内部事务 \"5、属于三类内部事务信息\" 1");
		assertEquals(0, withCode(validate(right), IssueCodes.LABEL_MISMATCH).size());
	}

	@Test
	void duplicateRow() {
		String text = Reports.gangkou().replace("      国家秘密", "      禁止公开         0 0 0 0 0 0 0\n      国家秘密");
		Issue issue = single(validate(text), IssueCodes.DUPLICATE_ROW);
		assertEquals("禁止公开", issue.getData()[1]);
	}

	@Test
	void badDateAndYear() {
		single(validate(Reports.gangkou().replace("\"2025-01-16\"", "\"2025-13-40\"")), IssueCodes.BAD_DATE);
		single(validate(Reports.gangkou().replace("\"2025-01-16\"", "\"2023-01-16\"")), IssueCodes.BAD_DATE);
		assertEquals(0, withCode(validate(Reports.gangkou().replace("\"2025-01-16\"", "\"2025年1月16日\"")),
				IssueCodes.BAD_DATE).size());
		single(validate(Reports.gangkou().replace("年度 2024", "年度 1900")), IssueCodes.BAD_YEAR);
	}

	// ---- NB3xx -------------------------------------------------------------------------------

	/** Last year's report: seed 000 itself, dated a year earlier. */
	private Report withPrevious(String thisYear, String lastYear) {
		XtextResourceSet rs = resourceSets.get();
		reports.parse(rs, "last.nianbao", lastYear);
		return reports.parse(rs, "this.nianbao", thisYear);
	}

	private static String previousOf(String text) {
		return text.replace("年度 2024", "年度 2023").replace("发布 \"2025-01-16\"", "发布 \"2024-01-20\"")
				.replace("港口镇2024", "港口镇2023");
	}

	@Test
	void crossYearCarryOverInForceAndRepeatedProblems() {
		String thisYear = Reports.gangkou().replace("年度 2024", "年度 2024\n  上年 \"last.nianbao\"");
		Report report = withPrevious(thisYear, previousOf(Reports.gangkou()));
		List<Issue> issues = validate(report);
		List<Issue> carry = withCode(issues, IssueCodes.CARRY_OVER_MISMATCH);
		assertEquals(2, carry.size(), describe(issues));
		assertCell(carry.get(0), "2", "1", "申请", "上年结转", "自然人");
		assertEquals(Severity.WARNING, carry.get(0).getSeverity());
		assertCell(carry.get(1), "2", "1", "申请", "上年结转", "总计");
		Issue inForce = single(issues, IssueCodes.IN_FORCE_MISMATCH);
		assertCell(inForce, "3", "5", "规章文件", "规范性文件", "现行有效");
		assertEquals("5", marked(report, inForce));
		Issue repeated = single(issues, IssueCodes.PROBLEMS_REPEATED);
		assertEquals("100", repeated.getData()[0]);
	}

	@Test
	void crossYearViaTheDefaultPreviousOfAResourceSet() {
		XtextResourceSet rs = resourceSets.get();
		Report last = reports.parse(rs, "last2.nianbao", previousOf(Reports.gangkou()).replace("2 0 0 0 0 0 2", "1 0 0 0 0 0 1"));
		Report report = reports.parse(rs, "this2.nianbao", Reports.gangkou());
		org.nianbao.validation.PreviousReports.setDefault(rs, last.eResource().getURI());
		List<Issue> issues = validate(report);
		assertEquals(0, withCode(issues, IssueCodes.CARRY_OVER_MISMATCH).size(), describe(issues));
		assertEquals(1, withCode(issues, IssueCodes.PROBLEMS_REPEATED).size(), describe(issues));
		// the previous report itself is not compared with itself
		assertEquals(0, withCode(validate(last), IssueCodes.PROBLEMS_REPEATED).size());
	}

	@Test
	void validationReadsNoFileLastYearsReportIsLoadedBeforeByTheTool(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Files.writeString(dir.resolve("last.nianbao"), previousOf(Reports.gangkou()));
		java.nio.file.Path file = dir.resolve("this.nianbao");
		java.nio.file.Files.writeString(file, Reports.gangkou().replace("年度 2024", "年度 2024\n  上年 \"last.nianbao\""));
		org.eclipse.emf.common.util.URI last = org.eclipse.emf.common.util.URI.createFileURI(dir.resolve("last.nianbao").toString());
		XtextResourceSet rs = resourceSets.get();
		var resource = rs.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);
		// not loaded by a tool: validation says so and reads nothing
		List<Issue> unloaded = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue notLoaded = single(unloaded, IssueCodes.PREVIOUS_UNREADABLE);
		assertTrue(notLoaded.getMessage().contains("校验前未载入"), notLoaded.getMessage());
		assertEquals(null, rs.getResource(last, false), "validation read no file");
		// loaded before validating, as the CLI, Eclipse and the language server do: compared with it
		org.nianbao.validation.PreviousReports.load(resource);
		List<Issue> loaded = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(2, withCode(loaded, IssueCodes.CARRY_OVER_MISMATCH).size(), describe(loaded));
		assertEquals(0, withCode(loaded, IssueCodes.PREVIOUS_UNREADABLE).size(), describe(loaded));
	}

	@Test
	void anUnreadableOrWrongYearPreviousReportIsAWarning() {
		String thisYear = Reports.gangkou().replace("年度 2024", "年度 2024\n  上年 \"nothing-here.nianbao\"");
		Issue issue = single(validate(thisYear), IssueCodes.PREVIOUS_UNREADABLE);
		assertEquals(Severity.WARNING, issue.getSeverity());
		String linked = Reports.gangkou().replace("年度 2024", "年度 2024\n  上年 \"last.nianbao\"");
		Report report = withPrevious(linked, previousOf(Reports.gangkou()).replace("年度 2023", "年度 2021"));
		single(validate(report), IssueCodes.PREVIOUS_YEAR_MISMATCH);
	}

	@Test
	void narrativeNumbersAreComparedWithTheTables() {
		String text = Reports.gangkou().replace("共受理政府信息公开申请27件", "共受理政府信息公开申请30件")
				.replace("行政诉讼案件2件", "行政诉讼案件0件");
		Report report = reports.parse(text);
		Issue issue = single(validate(report), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals("30", marked(report, issue));
		assertEquals("26", issue.getData()[1]);
		assertTrue(issue.getMessage().contains("27"), issue.getMessage());
	}

	@Test
	void chineseNumeralsAndThousandsSeparatorsAreComparedLikeArabicOnes() {
		String base = Reports.gangkou().replace("行政诉讼案件2件", "行政诉讼案件0件");
		for (String right : new String[] { "共受理政府信息公开申请二十七件", "2024年新收申请二十六件",
				"予以公开十二件" }) {
			String text = base.replace("共受理政府信息公开申请27件", right);
			List<Issue> issues = withCode(validate(text), IssueCodes.NARRATIVE_MISMATCH);
			if (right.contains("十二")) {
				assertEquals(1, issues.size(), () -> describe(issues));
				assertEquals("十二", issues.get(0).getData()[0]);
			} else {
				assertEquals(0, issues.size(), () -> describe(issues));
			}
		}
		String wrong = base.replace("共受理政府信息公开申请27件", "共受理政府信息公开申请一百零三件");
		Report report = reports.parse(wrong);
		Issue issue = single(validate(report), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals("一百零三", marked(report, issue));
		assertEquals("一百零三", issue.getData()[0]);
		assertEquals("26", issue.getData()[1]);
		String separated = base.replace("共受理政府信息公开申请27件", "共受理政府信息公开申请1,203件");
		Report r2 = reports.parse(separated);
		Issue i2 = single(validate(r2), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals("1,203", marked(r2, i2));
		assertEquals("26", i2.getData()[1]);
		String two = base.replace("行政复议案件2件", "行政复议案件两件");
		assertEquals(0, withCode(validate(two), IssueCodes.NARRATIVE_MISMATCH).size());
		Issue i3 = single(validate(base.replace("行政复议案件2件", "行政复议案件三件")), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals("三", i3.getData()[0]);
		assertEquals("2", i3.getData()[1]);
	}

	@Test
	void claimsOfNothingAreComparedWithTheCells() {
		String base = Reports.gangkou().replace("行政诉讼案件2件", "行政诉讼案件0件");
		// the table has 26 new applications, 2 reviews and 2 carried forward
		String[][] claims = { { "本年度未收到政府信息公开申请", "26" }, { "本年度未发生因政府信息公开工作被申请行政复议的情况", "2" },
				{ "申请均已办结", "2" }, { "申请全部办结", "2" } };
		for (String[] claim : claims) {
			String text = base.replace("办理和答复率96%", claim[0]);
			Report report = reports.parse(text);
			Issue issue = single(validate(report), IssueCodes.NARRATIVE_MISMATCH);
			assertEquals("0", issue.getData()[0], claim[0]);
			assertEquals(claim[1], issue.getData()[1], claim[0]);
			assertTrue(claim[0].contains(marked(report, issue)), marked(report, issue));
		}
		// no corrections is no claim of no reviews (as in the Shanghai corpus report)
		String corrected = base.replace("办理和答复率96%", "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形");
		assertEquals(0, withCode(validate(corrected), IssueCodes.NARRATIVE_MISMATCH).size(),
				() -> describe(validate(corrected)));
		// true claims: the cells are 0
		String none = base.replace("办理和答复率96%", "申请均已办结").replace("结转下年         2 0 0 0 0 0 2",
				"结转下年         0 0 0 0 0 0 0");
		assertEquals(0, withCode(validate(none), IssueCodes.NARRATIVE_MISMATCH).size(),
				() -> describe(validate(none)));
	}

	@Test
	void deadlinesAndOtherNumbersNearThePhrasesAreNotReadAsCounts() {
		String text = Reports.gangkou().replace("行政诉讼案件2件", "行政诉讼案件0件").replace("办理和答复率96%",
				"收到申请后15个工作日内答复,2024年新收申请26件,予以公开5件,结转下年度继续办理2件");
		assertEquals(0, withCode(validate(text), IssueCodes.NARRATIVE_MISMATCH).size(),
				() -> describe(validate(text)));
		String wrong = text.replace("予以公开5件", "予以公开6件");
		Issue issue = single(validate(wrong), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals("6", issue.getData()[0]);
		assertEquals("5", issue.getData()[1]);
	}

	@Test
	void expressionsInTextAreEvaluatedAndUnresolvablePathsAreErrors() {
		String good = Reports.gangkou().replace("共受理政府信息公开申请27件",
				"共受理政府信息公开申请{申请.新收.总计 + 申请.上年结转.总计}件");
		assertEquals(0, validate(good).stream().filter(i -> i.getCode().startsWith("NB30")
				&& !IssueCodes.NARRATIVE_MISMATCH.equals(i.getCode())).count());
		Report bad = reports.parse(Reports.gangkou().replace("共受理政府信息公开申请27件",
				"共受理政府信息公开申请{申请.新收.总计 + 申请.新收.合计}件"));
		Issue issue = single(validate(bad), IssueCodes.TEXT_EXPRESSION_UNRESOLVED);
		assertEquals("申请.新收.合计", marked(bad, issue));
		Report syntax = reports.parse(Reports.gangkou().replace("共受理政府信息公开申请27件", "共受理政府信息公开申请{申请.新收.总计 +}件"));
		Issue s = single(validate(syntax), IssueCodes.TEXT_EXPRESSION_SYNTAX);
		assertEquals("{申请.新收.总计 +}", marked(syntax, s));
		// the reason is data, so the finding renders in English too
		String en = org.nianbao.validation.Finding.of("r.nianbao", s, "en").message();
		assertTrue(en.startsWith("expression \"申请.新收.总计 +\" does not parse: "), en);
		assertFalse(en.replaceAll("\"[^\"]*\"", "").matches("(?s).*[\\u4e00-\\u9fff].*"), "Chinese left: " + en);
		assertTrue(s.getMessage().startsWith("表达式“申请.新收.总计 +”有语法错误："), s.getMessage());
		assertEquals(s.getMessage(), org.nianbao.validation.Finding.of("r.nianbao", s, "zh").message());
	}

	@Test
	void sectionSixMustStateTheFees() {
		String text = Reports.gangkou().replace("收取信息处理费的情况:本年度未发出收费通知,未收取信息处理费用。", "无。");
		Issue issue = single(validate(text), IssueCodes.FEES_NOT_STATED);
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void aLongOverviewIsAWarning() {
		// seed 000's overview has 980 characters; 40 more pass the limit
		String text = Reports.gangkou().replaceFirst("(section 总体情况 \\{)", "$1\n    text \"\"\"" + "政务公开".repeat(10) + "\"\"\"");
		Issue issue = single(validate(text), IssueCodes.OVERVIEW_TOO_LONG);
		assertEquals("1020", issue.getData()[0]);
	}
}
