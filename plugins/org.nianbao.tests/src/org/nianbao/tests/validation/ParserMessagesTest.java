package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.xtext.diagnostics.Diagnostic;
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
import org.nianbao.parser.NianbaoSyntaxErrorMessages;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;
import org.nianbao.validation.Finding;
import org.nianbao.validation.IssueCodes;
import org.nianbao.validation.Messages;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Syntax errors (NB001), unresolved references (NB002) and refused values (NB003) carry data, so
 * {@code --lang en} re-renders them in English while the Chinese stays as it always read.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ParserMessagesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Han characters and Chinese punctuation (、：，（）“” and the like). */
	private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d]");

	/** No Chinese left once the user's own text, quoted "…", is taken out. */
	private static void assertEnglish(String message) {
		String outsideQuotes = message.replaceAll("\"[^\"]*\"", "\"\"");
		assertFalse(CHINESE.matcher(outsideQuotes).find(), message);
	}

	private List<Issue> issues(String name, String text) {
		XtextResource r = TestModels.parse(resourceSets.get(), name, text);
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Issue first(List<Issue> issues, Predicate<Issue> p) {
		return issues.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(issues.toString()));
	}

	@Test
	void aSyntaxErrorReadsInEnglishAndInTheChineseAsBefore() {
		String text = "report 甲 : 政府信息公开年报2021 {\n  section 主动公开 {\n    table 规章文件 {\n      规章 0 0 ) 0\n    }\n  }\n}\n";
		Issue issue = first(issues("syntax.nianbao", text), Issue::isSyntaxError);
		// the code the validated resource really carries: Nianbao's, not Xtext's SYNTAX_DIAGNOSTIC
		assertEquals(IssueCodes.SYNTAX, issue.getCode());
		assertEquals("语法错误：此处不应出现 “)”，应为 '}'", issue.getMessage());
		assertEquals(issue.getMessage(), Finding.of("f", issue, "zh").message());
		Finding en = Finding.of("f", issue, "en");
		assertEquals("syntax error: \")\" is not expected here; expecting '}'", en.message());
		assertEquals(IssueCodes.SYNTAX, en.code());
		assertEnglish(en.message());
	}

	@Test
	void everyShapeOfSyntaxErrorHasItsChineseAndEnglishText() {
		String[][] cases = {
				{ "mismatched input ']' expecting RULE_NUMBER", "语法错误：此处不应出现 “]”，应为 数字",
						"syntax error: \"]\" is not expected here; expecting a number" },
				{ "missing '}' at '<EOF>'", "语法错误：在 文件结尾 之前缺少 '}'",
						"syntax error: '}' is missing before the end of the file" },
				{ "extraneous input '甲' expecting EOF", "语法错误：多余的 “甲”，此处应为 文件结尾",
						"syntax error: extraneous \"甲\"; expecting the end of the file" },
				{ "no viable alternative at input '年度'", "语法错误：无法识别 “年度”", "syntax error: \"年度\" makes no sense here" },
				{ "mismatched character '<EOF>' expecting '\"'", "词法错误：字符 文件结尾 不符合，应为 '\"'",
						"lexical error: the end of the file does not fit here; expecting '\"'" },
				{ "required (...)+ loop did not match anything at input 'x'", "语法错误：此处缺少内容，却遇到 “x”",
						"syntax error: something is missing before \"x\"" },
				{ "mismatched input 'x' expecting RULE_ID", "语法错误：此处不应出现 “x”，应为 名称",
						"syntax error: \"x\" is not expected here; expecting a name" },
				{ "mismatched input 'x' expecting RULE_STRING", "语法错误：此处不应出现 “x”，应为 字符串",
						"syntax error: \"x\" is not expected here; expecting a string" },
				{ "mismatched input 'x' expecting RULE_TEXT", "语法错误：此处不应出现 “x”，应为 文本块 \"\"\"…\"\"\"",
						"syntax error: \"x\" is not expected here; expecting a text block \"\"\"…\"\"\"" },
				{ "some new message of ANTLR's", "语法错误：some new message of ANTLR's",
						"syntax error: some new message of ANTLR's" }, };
		for (String[] c : cases) {
			String[] data = NianbaoSyntaxErrorMessages.data(c[0]);
			assertEquals(c[1], Messages.renderIn("zh", IssueCodes.SYNTAX, data), c[0]);
			assertEquals(c[2], Messages.renderIn("en", IssueCodes.SYNTAX, data), c[0]);
		}
		assertArrayEquals(new String[] { "missing", "<EOF>", "'}'" }, NianbaoSyntaxErrorMessages.data("missing '}' at '<EOF>'"));
		assertEquals("语法错误", Messages.renderIn("zh", IssueCodes.SYNTAX, NianbaoSyntaxErrorMessages.data(null)));
		assertEquals("syntax error", Messages.renderIn("en", IssueCodes.SYNTAX, NianbaoSyntaxErrorMessages.data(null)));
	}

	@Test
	void anUnknownRowAndAnUnknownTemplateReadInEnglish() {
		String text = String.join("\n", "report 甲 : 政府信息公开年报2021 {", "  section 依申请公开 {", "    table 申请 {",
				"      新收x 1 0 0 0 0 0 1", "    }", "  }", "}", "report 乙 : 不存在的模板 {", "}", "");
		List<Issue> issues = issues("bad.nianbao", text);
		Issue row = first(issues, i -> i.getMessage().contains("新收x"));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, row.getCode());
		assertEquals("找不到行“新收x”（模板中没有这个名称）", row.getMessage());
		assertEquals(row.getMessage(), Finding.of("f", row, "zh").message());
		assertEquals("no row named \"新收x\" (the template has no such name)", Finding.of("f", row, "en").message());
		assertEnglish(Finding.of("f", row, "en").message());

		Issue template = first(issues, i -> i.getMessage().contains("不存在的模板"));
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, template.getCode());
		assertEquals("找不到模板“不存在的模板”（内置模板：政府信息公开年报2021、政府信息公开年报2019）", template.getMessage());
		assertEquals(template.getMessage(), Finding.of("f", template, "zh").message());
		String en = Finding.of("f", template, "en").message();
		assertEquals("no template named \"不存在的模板\" (the built-in templates are \"政府信息公开年报2021\" and \"政府信息公开年报2019\")", en);
		assertEnglish(en);
	}

	@Test
	void aTooLongNumberReadsInEnglish() {
		String text = "report 甲 : 政府信息公开年报2021 {\n  section 主动公开 {\n    table 行政许可 {\n      行政许可 "
				+ "9".repeat(40) + "\n    }\n  }\n}\n";
		Issue issue = first(issues("long.nianbao", text), i -> i.getMessage().contains("数字过长"));
		assertEquals(IssueCodes.BAD_VALUE, issue.getCode());
		assertEquals("数字过长（超过 30 位）", issue.getMessage());
		assertEquals(issue.getMessage(), Finding.of("f", issue, "zh").message());
		Finding en = Finding.of("f", issue, "en");
		assertEquals("the number is too long (more than 30 digits)", en.message());
		assertEnglish(en.message());
	}

	private static Issue issue(String code, String message, String... data) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code);
		issue.setMessage(message);
		issue.setSeverity(Severity.ERROR);
		issue.setData(data.length == 0 ? null : data);
		return issue;
	}

	@Test
	void xtextsOwnDiagnosticsKeepTheirMessageAndGetNianbaosCode() {
		// Xtext's syntax and linking providers, and its ranged value errors, carry no data of ours
		Finding syntax = Finding.of("f", issue(Diagnostic.SYNTAX_DIAGNOSTIC, "mismatched input 'x'"), "en");
		assertEquals(IssueCodes.SYNTAX, syntax.code());
		assertEquals("mismatched input 'x'", syntax.message());
		Finding noCode = Finding.of("f", issue(null, "原文"), "en");
		assertEquals(IssueCodes.SYNTAX, noCode.code());
		assertEquals("原文", noCode.message());
		Finding linking = Finding.of("f", issue(Diagnostic.LINKING_DIAGNOSTIC, "Couldn't resolve reference to X.", "a", "b", "c"), "en");
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, linking.code());
		assertEquals("Couldn't resolve reference to X.", linking.message());
		Finding ranged = Finding.of("f", issue(Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE, "Illegal escape", "3", "4"), "en");
		assertEquals(IssueCodes.BAD_VALUE, ranged.code());
		assertEquals("Illegal escape", ranged.message());
		// a Nianbao code without its data (a marker from an older version) keeps its message too
		assertEquals("找不到行“x”", Finding.of("f", issue(IssueCodes.UNRESOLVED_REFERENCE, "找不到行“x”"), "en").message());
		// while data of Nianbao's shape render whatever code Xtext put on them
		assertEquals("syntax error: \"x\" makes no sense here",
				Finding.of("f", issue(Diagnostic.SYNTAX_DIAGNOSTIC, "…", "noViable", "x"), "en").message());
	}
}
