package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.tests.validation.NianbaoValidatorTest.assertCell;
import static org.nianbao.tests.validation.NianbaoValidatorTest.describe;
import static org.nianbao.tests.validation.NianbaoValidatorTest.marked;
import static org.nianbao.tests.validation.NianbaoValidatorTest.single;
import static org.nianbao.tests.validation.NianbaoValidatorTest.withCode;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The template constructs beyond one table, on a user-written template (examples/hotline-2024)
 * and on the national formats: each with a passing and a failing case, asserted on code, cell
 * and values.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class TemplateChecksTest {

	@Inject
	Reports reports;

	@Inject
	IResourceValidator validator;

	@Inject
	Provider<XtextResourceSet> resourceSets;

	static String hotline() {
		return Fixtures.read(Fixtures.example("hotline-2024.nianbao"));
	}

	/** The hotline example as last year's report (热线2023, 年度 2023). */
	static String lastYear() {
		return hotline().replace("热线2024", "热线2023").replace("年度 2024", "年度 2023").replace("发布 \"2025-01-20\"",
				"发布 \"2024-01-20\"");
	}

	List<Issue> validate(Report report) {
		return validator.validate(report.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	List<Issue> validate(String text) {
		return validate(reports.parse(text));
	}

	@Test
	void theUserTemplateExampleHasOnlyTheInformationOnItsCountWithTheCarryOver() {
		Report report = reports.parse(hotline());
		List<Issue> issues = validate(report);
		Issue info = single(issues, IssueCodes.NARRATIVE_DEFINITION);
		assertEquals(Severity.INFO, info.getSeverity());
		assertEquals("1250", marked(report, info));
		assertEquals("1200", info.getData()[1]);
		assertEquals(1, issues.size(), describe(issues));
	}

	@Test
	void aFactContradictedBeyondItsToleranceIsAWarningOnTheNumber() {
		Report report = reports.parse(hotline().replace("办结1180件", "办结1100件"));
		Issue issue = single(validate(report), IssueCodes.NARRATIVE_MISMATCH);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("1100", marked(report, issue));
		assertEquals("1100", issue.getData()[0]);
		assertEquals("1180", issue.getData()[1]);
		String tolerant = hotline().replace("办结1180件", "办结1100件").replace("tolerance 0", "tolerance 100");
		assertEquals(0, withCode(validate(tolerant), IssueCodes.NARRATIVE_MISMATCH).size());
	}

	@Test
	void aSectionOverItsLimitAndASectionLackingWhatItMustMention() {
		String longer = hotline().replace("其余结转下年继续办理。", "其余结转下年继续办理。" + "热线服务".repeat(80));
		Issue length = single(validate(longer), IssueCodes.OVERVIEW_TOO_LONG);
		assertEquals("381", length.getData()[0]);
		assertEquals("300", length.getData()[1]);
		Issue mention = single(validate(hotline().replace("全年回访群众2000人次，满意度98.5%。", "无。")),
				IssueCodes.FEES_NOT_STATED);
		assertEquals("三、其他事项", mention.getData()[0]);
	}

	@Test
	void crossYearRuleAndRepeatedSectionAgainstLastYearsReport() {
		XtextResourceSet rs = resourceSets.get();
		String last = lastYear();
		reports.parse(rs, "hotline-2023.nianbao", last);
		Report report = reports.parse(rs, "hotline-this.nianbao",
				hotline().replace("年度 2024", "年度 2024\n  上年 \"hotline-2023.nianbao\""));
		List<Issue> issues = validate(report);
		List<Issue> carry = withCode(issues, IssueCodes.CARRY_OVER_MISMATCH);
		assertEquals(3, carry.size(), describe(issues));
		assertCell(carry.get(0), "40", "30", "工单", "上年结转", "诉求.咨询");
		assertCell(carry.get(2), "70", "50", "工单", "上年结转", "合计");
		assertEquals(Severity.WARNING, carry.get(0).getSeverity());
		assertEquals("100", single(issues, IssueCodes.PROBLEMS_REPEATED).getData()[0]);
		// last year's carry-forward equal to this year's carry-over: nothing
		XtextResourceSet rs2 = resourceSets.get();
		reports.parse(rs2, "hotline-2023.nianbao", last.replace("结转下年     40    30    70", "结转下年     30    20    50")
				.replace("办结        690   490  1180", "办结        700   500  1200"));
		Report good = reports.parse(rs2, "hotline-this.nianbao",
				hotline().replace("年度 2024", "年度 2024\n  上年 \"hotline-2023.nianbao\""));
		assertEquals(0, withCode(validate(good), IssueCodes.CARRY_OVER_MISMATCH).size());
	}

	@Test
	void lastYearsReportNamedByReferenceIsTheOneLoadedBesideIt() {
		XtextResourceSet rs = resourceSets.get();
		String last = lastYear();
		reports.parse(rs, "hotline-2023.nianbao", last);
		Report report = reports.parse(rs, "hotline-this.nianbao", hotline().replace("年度 2024", "年度 2024\n  上年 热线2023"));
		assertEquals("热线2023", report.getPreviousReport().getName());
		assertEquals(null, report.getPrevious());
		List<Issue> issues = validate(report);
		List<Issue> carry = withCode(issues, IssueCodes.CARRY_OVER_MISMATCH);
		assertEquals(3, carry.size(), describe(issues));
		assertCell(carry.get(0), "40", "30", "工单", "上年结转", "诉求.咨询");
		assertEquals("热线2023（hotline-2023.nianbao）", single(issues, IssueCodes.PROBLEMS_REPEATED).getData()[1]);
		// a name no loaded report has: one linking error naming what was looked for, no cross-year check
		Report unknown = reports.parse(resourceSets.get(), "hotline-this.nianbao",
				hotline().replace("年度 2024", "年度 2024\n  上年 热线2022"));
		List<Issue> unresolved = validate(unknown);
		Issue link = single(unresolved.stream().filter(i -> i.getSeverity() != Severity.ERROR
				|| IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).toList(), IssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(List.of("@ref.report", "热线2022", "@ref.previous"), List.of(link.getData()));
		assertEquals(0, withCode(unresolved, IssueCodes.CARRY_OVER_MISMATCH).size());
		// a report is never its own last year's report
		Report self = reports.parse(resourceSets.get(), "hotline-this.nianbao",
				hotline().replace("年度 2024", "年度 2024\n  上年 热线2024"));
		assertEquals(1, withCode(validate(self), IssueCodes.UNRESOLVED_REFERENCE).size());
	}

	@Test
	void theFormatOfTheYearAndThePublicationDeadline() {
		assertEquals(0, withCode(validate(hotline()), IssueCodes.WRONG_FORMAT).size());
		Issue format = single(validate(hotline().replace("年度 2024", "年度 2022").replace("2025-01-20", "2023-01-20")),
				IssueCodes.WRONG_FORMAT);
		assertEquals("2022", format.getData()[1]);
		assertEquals(0, withCode(validate(hotline()), IssueCodes.LATE).size());
		Issue late = single(validate(hotline().replace("2025-01-20", "2025-02-01")), IssueCodes.LATE);
		assertEquals("2025-02-01", late.getData()[0]);
		assertEquals("2025-01-31", late.getData()[1]);
		single(validate(hotline().replace("organkind \"部门\"", "organkind \"乡镇\"")), IssueCodes.UNKNOWN_ORGAN_KIND);
	}

	@Test
	void theNationalFormatsDeclareTheirYearsAndDeadlines() {
		String gangkou = Reports.gangkou();
		assertEquals(0, withCode(validate(gangkou), IssueCodes.WRONG_FORMAT).size());
		Issue format = withCode(validate(gangkou.replace(": 政府信息公开年报2021", ": 政府信息公开年报2019")), IssueCodes.WRONG_FORMAT)
				.get(0);
		assertEquals("2024", format.getData()[1]);
		String town = gangkou.replace("年度 2024", "年度 2024\n  organkind \"乡镇\"");
		assertEquals(0, withCode(validate(town), IssueCodes.LATE).size());
		String department = town.replace("organkind \"乡镇\"", "organkind \"部门\"").replace("2025-01-16", "2025-03-01");
		Issue late = single(validate(department), IssueCodes.LATE);
		assertEquals("2025-01-31", late.getData()[1]);
		String government = town.replace("organkind \"乡镇\"", "organkind \"政府\"").replace("2025-01-16", "2025-03-31");
		assertEquals(0, withCode(validate(government), IssueCodes.LATE).size());
		Issue lateGovernment = single(validate(government.replace("2025-03-31", "2025-04-01")), IssueCodes.LATE);
		assertEquals("2025-03-31", lateGovernment.getData()[1]);
	}
}
