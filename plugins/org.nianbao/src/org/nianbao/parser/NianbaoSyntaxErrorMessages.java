package org.nianbao.parser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.nianbao.validation.IssueCodes;

/** Syntax errors in Chinese, with the grammar's token names replaced by words a clerk knows. */
public class NianbaoSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKENS = Map.of("RULE_NUMBER", "数字", "RULE_ID", "名称",
			"RULE_STRING", "字符串", "RULE_TEXT", "文本块 \"\"\"…\"\"\"", "EOF", "文件结尾", "<EOF>", "文件结尾");

	private static final Pattern MISMATCHED_INPUT = Pattern.compile("mismatched input '(.*)' expecting (.*)");
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'");
	private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character '(.*)' expecting (.*)");
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(translate(original.getMessage()), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(original.getMessage(), IssueCodes.BAD_VALUE);
	}

	/** Turns ANTLR's English message into a Chinese one; unknown shapes keep the original after a prefix. */
	public static String translate(String message) {
		if (message == null) {
			return "语法错误";
		}
		Matcher m;
		if ((m = MISMATCHED_INPUT.matcher(message)).matches()) {
			return "语法错误：此处不应出现 " + quote(m.group(1)) + "，应为 " + tokens(m.group(2));
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return "语法错误：在 " + quote(m.group(2)) + " 之前缺少 " + tokens(m.group(1));
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return "语法错误：多余的 " + quote(m.group(1)) + "，此处应为 " + tokens(m.group(2));
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return "语法错误：无法识别 " + quote(m.group(1));
		}
		if ((m = MISMATCHED_CHAR.matcher(message)).matches()) {
			return "词法错误：字符 " + quote(m.group(1)) + " 不符合，应为 " + tokens(m.group(2));
		}
		if ((m = LOOP.matcher(message)).matches()) {
			return "语法错误：此处缺少内容，却遇到 " + quote(m.group(1));
		}
		return "语法错误：" + message;
	}

	private static String quote(String token) {
		return "<EOF>".equals(token) ? "文件结尾" : "“" + token + "”";
	}

	private static String tokens(String expected) {
		String result = expected;
		for (Map.Entry<String, String> e : TOKENS.entrySet()) {
			result = result.replace(e.getKey(), e.getValue());
		}
		return result;
	}
}
