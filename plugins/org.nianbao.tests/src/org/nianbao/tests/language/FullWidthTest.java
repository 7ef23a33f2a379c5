package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;

/** Full-width digits, signs and quotes mean their ASCII forms; the near misses give one located error each. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class FullWidthTest {

	@Inject
	private Snippets snippets;

	private static final String TEMPLATE = Snippets.templateWithRows("行一 \"行一\"  行二 \"行二\"", "");

	private static String report(String title, String row1, String row2) {
		return TEMPLATE + """
				report 报 ： 模 ｛
				  标题 %s
				  年度 ２０２４
				  section 节 {
				    table 表一 {
				      行一  %s
				      行二  %s
				    }
				  ｝
				｝
				""".formatted(title, row1, row2);
	}

	@Test
	void fullWidthDigitsPointMinusAndQuotesAreTheAsciiValues() {
		XtextResource r = snippets.parse(report("“二〇二四年报告”", "１２  －１８  auto", "－  １．５  auto"));
		assertEquals(List.of(), r.getErrors());
		Report report = Snippets.report(r);
		assertEquals("二〇二四年报告", report.getTitle());
		assertEquals(new BigDecimal("2024"), report.getYear());
		List<RowData> rows = ((TableData) report.getSections().get(0).getContents().get(0)).getRows();
		assertEquals(new BigDecimal("12"), ((NumberCell) rows.get(0).getCells().get(0)).getValue());
		assertEquals(new BigDecimal("-18"), ((NumberCell) rows.get(0).getCells().get(1)).getValue());
		assertInstanceOf(BlankCell.class, rows.get(1).getCells().get(0));
		assertEquals(new BigDecimal("1.5"), ((NumberCell) rows.get(1).getCells().get(1)).getValue());
	}

	@Test
	void aSignNotInTheTableIsASyntaxErrorOnItAndNothingElse() {
		String text = report("\"题\"", "1 【 2 auto", "0 0 auto");
		List<Issue> issues = snippets.validate(text);
		// ANTLR resynchronises at the table's end and reports that brace too; no structure finding follows
		assertEquals(List.of(IssueCodes.SYNTAX, IssueCodes.SYNTAX), Snippets.codes(issues), issues::toString);
		assertEquals(text.indexOf('【'), issues.get(0).getOffset());
	}

	@Test
	void aGroupSeparatorInACellIsOneLocatedErrorNamingTheNumber() {
		for (String written : List.of("10,402", "10，402", "１０，４０２")) {
			String text = report("\"题\"", written + " 0 auto", "0 0 auto");
			List<Issue> issues = snippets.validate(text);
			assertEquals(List.of(IssueCodes.BAD_VALUE), Snippets.codes(issues), issues::toString);
			Issue issue = issues.get(0);
			assertEquals(text.indexOf(written), issue.getOffset());
			assertEquals(written.length(), issue.getLength());
			assertEquals(List.of("@value.separator:" + written), List.of(issue.getData()));
		}
	}

	/** The issue's two cascades on the real example: each is now exactly one diagnostic. */
	@Test
	void oneMistakeInTheExampleIsOneDiagnostic() {
		String separator = Reports.plant(Reports.gangkou(), "新收", 0, "10,402");
		List<Issue> issues = snippets.validate(separator);
		assertEquals(List.of(IssueCodes.BAD_VALUE), Snippets.codes(issues), issues::toString);
		assertEquals(separator.indexOf("10,402"), issues.get(0).getOffset());

		String title = Reports.gangkou().replace("标题 \"", "标题 “");
		assertTrue(title.contains("标题 “"));
		issues = snippets.validate(title);
		assertEquals(List.of(IssueCodes.BAD_VALUE), Snippets.codes(issues), issues::toString);
		assertEquals(title.indexOf("“"), issues.get(0).getOffset());
		assertEquals(List.of("@value.mixedQuotes"), List.of(issues.get(0).getData()));

		String open = Reports.gangkou().replaceFirst("标题 \"([^\"]*)\"", "标题 “$1");
		issues = snippets.validate(open);
		assertEquals(List.of(IssueCodes.BAD_VALUE), Snippets.codes(issues), issues::toString);
		assertEquals(List.of("@value.openQuote"), List.of(issues.get(0).getData()));
	}

	@Test
	void aSyntaxErrorInOneTableLeavesTheWrongTotalOfAnotherReported() {
		String text = Reports.plant(Reports.gangkou(), "新收", 6, "27");
		text = text.replace("行政许可  10402", "行政许可  10402 )");
		List<Issue> issues = snippets.validate(text);
		assertEquals(List.of(IssueCodes.SYNTAX, IssueCodes.LIKELY_CULPRIT), Snippets.codes(issues), issues::toString);
		assertEquals(text.indexOf("10402 )") + 6, issues.get(0).getOffset());
	}
}
