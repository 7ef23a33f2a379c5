package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.tests.validation.NianbaoValidatorTest.describe;
import static org.nianbao.tests.validation.NianbaoValidatorTest.marked;
import static org.nianbao.tests.validation.NianbaoValidatorTest.single;
import static org.nianbao.tests.validation.NianbaoValidatorTest.withCode;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.arithmetic.NarrativeRates;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;

import com.google.inject.Inject;

/**
 * The reviewers' remaining checks, as template declarations: rates and shares in the text
 * ({@code fact … value … per …}, NB316), the 第二十条 figures in the text (NB303) and the years of
 * title, 年度 and statistics period ({@code agree}, NB317) — on the national formats and on the
 * user template of examples/hotline-2024. Each with a passing and a failing case.
 * <p>
 * On the examples, the rate check reports one finding, which a reader confirms by hand:
 * gangkou-2024 and its import seed-000 write "办理和答复率96%" (26 of 27 answered, the text says),
 * while their table has （七）总计 25 of 一 + 二 = 26 + 1 = 27 (2 carried over): 25/27 = 92.59%,
 * i.e. 93% at the text's rounding.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ReviewerChecksTest {

	@Inject
	Reports reports;

	@Inject
	IResourceValidator validator;

	List<Issue> validate(Report report) {
		return validator.validate(report.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static String hotline() {
		return Fixtures.read(Fixtures.example("hotline-2024.nianbao"));
	}

	static String shanghai() {
		return Fixtures.read(Fixtures.root()
				.resolve("plugins/org.nianbao.tests/resources/corpus-imports/shanghai-govoffice-2025.nianbao"));
	}

	// ---- rates

	@Test
	void ratesRoundHalfUpAtTheDecimalsTheTextPrints() {
		assertEquals(new BigDecimal("13"), NarrativeRates.percent(BigDecimal.ONE, new BigDecimal("8"), 0));
		assertEquals(new BigDecimal("12.5"), NarrativeRates.percent(BigDecimal.ONE, new BigDecimal("8"), 1));
		assertEquals(new BigDecimal("17.46"), NarrativeRates.percent(new BigDecimal("208"), new BigDecimal("1191"), 2));
	}

	@Test
	void aUserTemplatesRateAgreesAndAWrongOneIsAWarningQuotingTheComputation() {
		assertEquals(0, withCode(validate(reports.parse(hotline())), IssueCodes.RATE_MISMATCH).size());
		Report report = reports.parse(hotline().replace("办结率94.4%", "办结率95%"));
		Issue issue = single(validate(report), IssueCodes.RATE_MISMATCH);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals("95%", marked(report, issue));
		String[] d = issue.getData();
		assertEquals(List.of("95", "94", "1180", "1250", "94.40"), List.of(d[0], d[1], d[4], d[5], d[6]));
		assertEquals("正文“办结率95%”与表格不符：95% ≠ 1180/1250 = 94.40%（表中本年办结占上年结转与本年受理之和的比例，按正文的位数四舍五入为 94%）",
				issue.getMessage());
		// one decimal printed: 94.4 is right, 94.5 is not
		assertEquals(0, withCode(validate(reports.parse(hotline().replace("办结率94.4%", "办结率94.40%"))),
				IssueCodes.RATE_MISMATCH).size());
		Issue tenth = single(validate(reports.parse(hotline().replace("办结率94.4%", "办结率94.5%"))), IssueCodes.RATE_MISMATCH);
		assertEquals("94.4", tenth.getData()[1]);
		assertEquals("94.400", tenth.getData()[6]);
	}

	@Test
	void theNationalAnswerRateAgainstTheTable() {
		Report report = reports.parse(Reports.gangkou());
		Issue issue = single(validate(report), IssueCodes.RATE_MISMATCH);
		assertEquals("96%", marked(report, issue));
		String[] d = issue.getData();
		assertEquals(List.of("96", "93", "25", "27", "92.59"), List.of(d[0], d[1], d[4], d[5], d[6]));
		// the rate the table gives, and a rate of another definition (on time), are not reported
		assertEquals(0, withCode(validate(reports.parse(Reports.gangkou().replace("办理和答复率96%", "办理和答复率93%"))),
				IssueCodes.RATE_MISMATCH).size());
		assertEquals(0, withCode(validate(reports.parse(Reports.gangkou().replace("办理和答复率96%", "按时答复率96%"))),
				IssueCodes.RATE_MISMATCH).size());
	}

	@Test
	void theSharesOfTheResultsInTheShanghaiReportAgreeAndAChangedOneIsReported() {
		List<Issue> issues = validate(reports.parse(shanghai()));
		assertEquals(0, withCode(issues, IssueCodes.RATE_MISMATCH).size(), describe(issues));
		// its "予以公开及部分公开 208 件" is 206 + 2, not a count of 部分公开 alone
		assertEquals(0, withCode(issues, IssueCodes.NARRATIVE_MISMATCH).size(), describe(issues));
		Report changed = reports.parse(shanghai().replace("无法提供 564 件（47.36%）", "无法提供 564 件（47.63%）"));
		Issue issue = single(validate(changed), IssueCodes.RATE_MISMATCH);
		assertEquals("47.63%", marked(changed, issue));
		String[] d = issue.getData();
		assertEquals(List.of("47.63", "47.36", "564", "1191", "47.3552"), List.of(d[0], d[1], d[4], d[5], d[6]));
		// one decimal printed: 17.46% is 17.5%, not 17.4%
		assertEquals(0, withCode(validate(reports.parse(shanghai().replace("部分公开 208 件（17.46%）", "部分公开 208 件（17.5%）"))),
				IssueCodes.RATE_MISMATCH).size());
		Report share = reports.parse(shanghai().replace("部分公开 208 件（17.46%）", "部分公开 208 件（17.4%）"));
		Issue granted = single(validate(share), IssueCodes.RATE_MISMATCH);
		assertEquals(List.of("17.4", "17.5", "208", "1191"),
				List.of(granted.getData()[0], granted.getData()[1], granted.getData()[4], granted.getData()[5]));
	}

	// ---- 第二十条 figures in the text

	static final String ARTICLE_20 = "本年制发行政规范性文件2件，废止行政规范性文件4件，现行有效行政规范性文件5件；作出行政许可决定10402件、行政处罚决定345件。";

	String gangkouWith(String sentence) {
		return Reports.gangkou().replace("不断提升了政府信息公开工作透明度。", "不断提升了政府信息公开工作透明度。" + sentence);
	}

	@Test
	void article20FiguresInTheTextAgreeWithTheTable() {
		List<Issue> issues = validate(reports.parse(gangkouWith(ARTICLE_20)));
		assertEquals(1, withCode(issues, IssueCodes.NARRATIVE_MISMATCH).size(), describe(issues)); // the lawsuits only
		assertEquals("行政诉讼", withCode(issues, IssueCodes.NARRATIVE_MISMATCH).get(0).getData()[2].substring(0, 4));
	}

	@Test
	void article20FiguresThatContradictTheTable() {
		String[][] cases = { { "制发行政规范性文件2件", "制发行政规范性文件3件", "3", "2" },
				{ "废止行政规范性文件4件", "废止行政规范性文件1件", "1", "4" },
				{ "现行有效行政规范性文件5件", "现行有效行政规范性文件6件", "6", "5" },
				{ "行政许可决定10402件", "行政许可决定10400件", "10400", "10402" },
				{ "行政处罚决定345件", "行政处罚决定五件", "五", "345" } };
		for (String[] c : cases) {
			Report report = reports.parse(gangkouWith(ARTICLE_20.replace(c[0], c[1])));
			List<Issue> found = withCode(validate(report), IssueCodes.NARRATIVE_MISMATCH).stream()
					.filter(i -> !i.getData()[2].startsWith("行政诉讼")).toList();
			assertEquals(1, found.size(), c[1] + ": " + describe(found));
			assertEquals(c[2], found.get(0).getData()[0], c[1]);
			assertEquals(c[3], found.get(0).getData()[1], c[1]);
			assertEquals(c[2], marked(report, found.get(0)), c[1]);
		}
	}

	// ---- years of title, 年度 and the statistics period

	static final String PERIOD = "本报告所列数据统计期限为2024年1月1日至2024年12月31日。";

	@Test
	void theYearsOfTitleYearAndPeriodAgree() {
		assertEquals(0, withCode(validate(reports.parse(gangkouWith(PERIOD))), IssueCodes.YEAR_DISAGREES).size());
		assertEquals(0, withCode(validate(reports.parse(gangkouWith("统计期限为2024年1月1日至12月31日。"))),
				IssueCodes.YEAR_DISAGREES).size());
		assertEquals(0, withCode(validate(reports.parse(shanghai())), IssueCodes.YEAR_DISAGREES).size());
		assertEquals(0, withCode(validate(reports.parse(hotline())), IssueCodes.YEAR_DISAGREES).size());
	}

	@Test
	void aTitleOrPeriodOfAnotherYearIsAWarningOnThatYear() {
		Report title = reports.parse(Reports.gangkou().replace("标题 \"港口镇2024年", "标题 \"港口镇2023年"));
		Issue t = single(validate(title), IssueCodes.YEAR_DISAGREES);
		assertEquals(Severity.WARNING, t.getSeverity());
		assertEquals("2023", marked(title, t));
		assertEquals(List.of("2024", "2023"), List.of(t.getData()[0], t.getData()[1]));
		assertEquals("标题“2023年”中的年份 2023 与报告年度 2024 不一致", t.getMessage());

		Report period = reports.parse(gangkouWith(PERIOD.replace("至2024年", "至2025年")));
		Issue p = single(validate(period), IssueCodes.YEAR_DISAGREES);
		assertEquals("2025", marked(period, p));
		assertEquals(List.of("2024", "2025"), List.of(p.getData()[0], p.getData()[1]));
		assertEquals("the year 2025 in the text (\"" + p.getData()[2] + "\") differs from the report's year 2024",
				Messages.renderIn("en", p.getCode(), p.getData()));

		Report user = reports.parse(hotline().replace("热线2024年度工作报告", "热线2023年度工作报告"));
		Issue u = single(validate(user), IssueCodes.YEAR_DISAGREES);
		assertEquals("2023", marked(user, u));
	}
}
