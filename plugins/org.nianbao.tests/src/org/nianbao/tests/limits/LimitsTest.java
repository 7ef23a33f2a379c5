package org.nianbao.tests.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
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
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;
import org.nianbao.validation.Finding;
import org.nianbao.validation.IssueCodes;
import org.nianbao.validation.Limits;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Every input limit ends in one located diagnostic with its own code, never in a
 * StackOverflowError or OutOfMemoryError; inputs just under the limits pass.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class LimitsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private XtextResource parse(String text) {
		return TestModels.parse(resourceSets.get(), "limits.nianbao", text);
	}

	private List<Finding> findings(XtextResource r) {
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map((Issue i) -> Finding.of("limits.nianbao", i)).toList();
	}

	/** The findings with their messages in English, as {@code validate --lang en} prints them. */
	private List<Finding> english(XtextResource r) {
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.map((Issue i) -> Finding.of("limits.nianbao", i, "en")).toList();
	}

	private List<Finding> withCode(List<Finding> findings, String code) {
		return findings.stream().filter(f -> f.code().equals(code)).toList();
	}

	/** A template whose one column is a formula nested {@code depth} parentheses deep. */
	private static String parenthesised(int depth) {
		return "template T \"t\" {\n section s \"s\" {\n  table t \"t\" {\n   columns { a \"a\" b \"b\" = "
				+ "(".repeat(depth) + "a" + ")".repeat(depth) + " }\n   rows { r \"r\" }\n  }\n }\n}\n";
	}

	private static String groups(int depth) {
		StringBuilder b = new StringBuilder("template T \"t\" {\n section s \"s\" {\n  table t \"t\" {\n   columns { a \"a\" }\n   rows {\n");
		for (int i = 0; i < depth; i++) {
			b.append("group g").append(i).append(" \"g\" {\n");
		}
		b.append("x \"x\"\n").append("}\n".repeat(depth)).append("   }\n  }\n }\n}\n");
		return b.toString();
	}

	@Test
	void tenThousandParenthesesGiveOneLocatedNestingDiagnosticAndKeepTheText() {
		String text = parenthesised(10_000);
		XtextResource r = parse(text);
		List<Finding> f = findings(r);
		List<Finding> deep = withCode(f, IssueCodes.NESTING_TOO_DEEP);
		assertEquals(1, deep.size(), f::toString);
		assertEquals(1, f.size(), f::toString);
		// on the first bracket over the limit: line 4; four braces open before the parentheses
		assertEquals(4, deep.get(0).line());
		int firstParen = text.indexOf('(');
		int lineStart = text.lastIndexOf('\n', firstParen) + 1;
		assertEquals(firstParen - lineStart + 1 + Limits.MAX_NESTING_DEPTH - 4, deep.get(0).column());
		ICompositeNode root = r.getParseResult().getRootNode();
		assertEquals(text, root.getText());
		assertTrue(((NianbaoFile) r.getContents().get(0)).getElements().isEmpty());
		assertEquals("嵌套过深：花括号与圆括号的嵌套超过 " + Limits.MAX_NESTING_DEPTH + " 层，未解析", deep.get(0).message());
		assertEquals("nesting too deep: braces and parentheses nest more than " + Limits.MAX_NESTING_DEPTH
				+ " levels; not parsed", withCode(english(r), IssueCodes.NESTING_TOO_DEEP).get(0).message());
	}

	@Test
	void tenThousandNestedGroupsGiveTheNestingDiagnostic() {
		List<Finding> f = findings(parse(groups(10_000)));
		assertEquals(1, withCode(f, IssueCodes.NESTING_TOO_DEEP).size(), f::toString);
	}

	@Test
	void unclosedParenthesesAtTheEndOfAFileGiveTheNestingDiagnostic() {
		String text = "template T \"t\" {\n section s \"s\" {\n table t \"t\" {\n columns { a \"a\" b \"b\" = "
				+ "(".repeat(50_000);
		List<Finding> f = findings(parse(text));
		assertEquals(1, withCode(f, IssueCodes.NESTING_TOO_DEEP).size(), f::toString);
	}

	@Test
	void nestingJustUnderTheLimitParses() {
		// 4 braces of template/section/table/columns around the formula
		XtextResource r = parse(parenthesised(Limits.MAX_NESTING_DEPTH - 4));
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		XtextResource g = parse(groups(Limits.MAX_NESTING_DEPTH - 4));
		assertTrue(g.getErrors().isEmpty(), () -> g.getErrors().toString());
		XtextResource over = parse(groups(Limits.MAX_NESTING_DEPTH - 3));
		assertEquals(IssueCodes.NESTING_TOO_DEEP, withCode(findings(over), IssueCodes.NESTING_TOO_DEEP).get(0).code());
	}

	@Test
	void bracketsInsideStringsCommentsAndTextsDoNotCount() {
		String many = "(".repeat(5_000) + "{".repeat(5_000);
		String text = "// " + many + "\n/* " + many + " */\nreport R : 政府信息公开年报2021 {\n 标题 \"" + many
				+ "\"\n section 总体情况 { text \"\"\"" + many + "\"\"\" }\n}\n";
		XtextResource r = parse(text);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		assertTrue(withCode(findings(r), IssueCodes.NESTING_TOO_DEEP).isEmpty());
	}

	@Test
	void aTextLargerThanTheLimitIsNotParsedAndSaysSoOnLineOne() {
		String text = "report R : 政府信息公开年报2021 {\n" + "// 填充\n".repeat(Limits.MAX_FILE_CHARS / 6) + "}\n";
		XtextResource r = parse(text);
		List<Finding> f = findings(r);
		assertEquals(1, f.size(), () -> f.subList(0, Math.min(3, f.size())).toString());
		assertEquals(IssueCodes.FILE_TOO_LARGE, f.get(0).code());
		assertEquals(1, f.get(0).line());
		assertEquals(text, r.getParseResult().getRootNode().getText());
		assertEquals("the file is too large: " + text.length() + " characters, more than " + Limits.MAX_FILE_CHARS
				+ "; not parsed", english(r).get(0).message());
	}

	@Test
	void numbersLongerThanTheLimitAreBadValuesOnTheirToken() {
		String text = """
				report R : 政府信息公开年报2021 {
				  section 依申请公开 {
				    table 申请 {
				      新收 %s 0 0 0 0 0 auto
				    }
				  }
				}
				""".formatted("9".repeat(10_000));
		List<Finding> f = withCode(findings(parse(text)), IssueCodes.BAD_VALUE);
		assertEquals(1, f.size(), f::toString);
		assertEquals(4, f.get(0).line());
		assertEquals(10, f.get(0).column());
		assertEquals("数字过长（超过 30 位）", f.get(0).message());
		List<Finding> en = withCode(english(parse(text)), IssueCodes.BAD_VALUE);
		assertEquals("the number is too long (more than 30 digits)", en.get(0).message());
	}

	@Test
	void tooManyRowsAreReportedOnTheFirstRowOverTheLimit() {
		StringBuilder b = new StringBuilder("report R : 政府信息公开年报2021 {\n section 依申请公开 {\n  table 申请 {\n");
		int n = Limits.MAX_ROWS_PER_TABLE + 5;
		for (int i = 0; i < n; i++) {
			b.append("   新收 1 0 0 0 0 0 1\n");
		}
		b.append("  }\n }\n}\n");
		List<Finding> f = withCode(findings(parse(b.toString())), IssueCodes.TOO_MANY_ROWS);
		assertEquals(1, f.size(), f::toString);
		assertEquals(4 + Limits.MAX_ROWS_PER_TABLE, f.get(0).line());
		assertEquals("error", f.get(0).severity());
	}

	@Test
	void tooManyCellsAreReportedOnTheFirstCellOverTheLimit() {
		String cells = " 1".repeat(Limits.MAX_CELLS_PER_ROW + 1);
		String text = "report R : 政府信息公开年报2021 {\n section 依申请公开 {\n  table 申请 {\n   新收" + cells
				+ "\n  }\n }\n}\n";
		List<Finding> f = withCode(findings(parse(text)), IssueCodes.ROW_TOO_LONG);
		assertEquals(1, f.size(), f::toString);
		assertEquals(4, f.get(0).line());
		assertEquals("   新收".length() + 2 * Limits.MAX_CELLS_PER_ROW + 2, f.get(0).column());
	}

	@Test
	void tooLongTextsAndStringsHaveTheirCodes() {
		String text = "report R : 政府信息公开年报2021 {\n 标题 \"" + "题".repeat(Limits.MAX_STRING_LENGTH + 1)
				+ "\"\n section 总体情况 {\n  text \"\"\"" + "文".repeat(Limits.MAX_TEXT_LENGTH + 1) + "\"\"\"\n }\n}\n";
		List<Finding> f = findings(parse(text));
		List<Finding> longString = withCode(f, IssueCodes.STRING_TOO_LONG);
		List<Finding> longText = withCode(f, IssueCodes.TEXT_TOO_LONG);
		assertEquals(1, longString.size(), f::toString);
		assertEquals(2, longString.get(0).line());
		assertEquals(1, longText.size(), f::toString);
		assertEquals(4, longText.get(0).line());
	}

	@Test
	void theExamplesAreWithinEveryLimit() {
		for (var path : Fixtures.exampleFiles()) {
			XtextResource r = (XtextResource) resourceSets.get().getResource(
					org.eclipse.emf.common.util.URI.createFileURI(path.toString()), true);
			List<Finding> f = findings(r).stream().filter(x -> x.code().startsWith("NB01")).toList();
			assertFalse(f.stream().findAny().isPresent(), path + ": " + f);
		}
	}
}
