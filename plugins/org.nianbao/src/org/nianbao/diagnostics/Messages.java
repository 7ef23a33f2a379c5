package org.nianbao.diagnostics;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nianbao.library.Library;

/**
 * Every Nianbao diagnostic message, keyed by issue code, in Chinese (default) and English. A
 * message is rendered from its code and issue data only, so any tool can re-render a finding in
 * the other language ({@code --lang en}). The data of cell codes starts with the layout of
 * {@code org.nianbao.validation.Finding} (expected, actual, table, row, column); the placeholders below name the
 * positions: {0} expected, {1} actual, {2} table, {3} row, {4} column, {5}… per code.
 */
public final class Messages {
	private Messages() {
	}

	/** Chinese unless the system property {@code nianbao.lang} says {@code en}. */
	public static String defaultLanguage() {
		String lang = System.getProperty("nianbao.lang", "zh");
		return lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "zh";
	}

	private static final Map<String, String[]> TEXTS = new HashMap<>();

	private static void put(String code, String zh, String en) {
		TEXTS.put(code, new String[] { zh, en });
	}

	static {
		// syntax, linking, values: see SYNTAX below for NB001's data; NB002: {0} @ref.kind phrase, {1} the name
		// written, {2} @ref.hint phrase; NB003: {0} an @value phrase
		put(IssueCodes.UNRESOLVED_REFERENCE, "找不到{0}“{1}”（{2}）", "no {0} named \"{1}\" ({2})");
		put(IssueCodes.BAD_VALUE, "{0}", "{0}");

		// {5} name of the derived value, {6} derivation
		put(IssueCodes.RELATION_MISMATCH, "{5}应为 {0}（= {6}），实为 {1}", "{5} should be {0} (= {6}), found {1}");
		// {5} cell, {6} number of relations, {7} the relations
		put(IssueCodes.LIKELY_CULPRIT, "{5} 很可能是出错的一格：改为 {0} 可同时满足它所在的 {6} 条勾稽关系（{7}），实为 {1}",
				"{5} is the likely culprit: {0} would satisfy all {6} relations it takes part in ({7}); found {1}");
		put(IssueCodes.BLANK_DETERMINED, "{5}空缺，应为 {0}（= {6}）", "{5} is blank; it should be {0} (= {6})");
		put(IssueCodes.BLANK_ZERO, "{5}空缺，应填 0（= {6}）", "{5} is blank; it should read 0 (= {6})");
		put(IssueCodes.GROUP_TOTAL_MISMATCH, "{5}（合计行）应为 {0}（= {6}），实为 {1}",
				"{5} (row of group totals) should be {0} (= {6}), found {1}");
		put(IssueCodes.BLANK_UNDETERMINED, "{5}空缺，勾稽关系无法确定其值，应填写数字",
				"{5} is blank and no relation determines it; a number is required");
		put(IssueCodes.NEGATIVE, "{5}为负数 {1}，此处应为非负数", "{5} is negative ({1}); it must not be");
		put(IssueCodes.UNREADABLE_CELL, "{5}导入时无法辨认（原文数字无法确定拆分），数值未知{6}",
				"{5} could not be read on import (its digits cannot be split for certain); value unknown{7}");
		put(IssueCodes.NOT_INTEGER, "{5}为 {1}，件数应为整数", "{5} is {1}; a count must be a whole number");

		// structure: {0} table, {1} row, {2} label
		put(IssueCodes.MISSING_ROW, "表“{0}”缺少行 {1}（{2}）", "table {0} lacks row {1} ({2})");
		put(IssueCodes.GROUP_AS_TOTAL, "表“{0}”只列“{2}”的合计，未分列其下各项：合计已核对，各项未公布",
				"table {0} prints group {1} ({2}) as one row of totals: the totals are checked, its rows are not published");
		put(IssueCodes.DUPLICATE_GROUP_TOTAL, "表“{0}”中“{1}”的合计行重复", "table {0} has two rows of totals for {1}");
		// {0} table, {1} row, {2} expected count, {3} actual count
		put(IssueCodes.TOO_FEW_CELLS, "行 {1} 应有 {2} 个数，只有 {3} 个", "row {1} needs {2} numbers, has {3}");
		put(IssueCodes.TOO_MANY_CELLS, "行 {1} 应有 {2} 个数，多出 {3} 个", "row {1} needs {2} numbers, has {3} too many");
		// {0} section, {1} heading
		put(IssueCodes.MISSING_SECTION, "缺少第 {0} 部分（{1}）", "section {0} ({1}) is missing");
		// {0} table, {1} caption, {2} section
		put(IssueCodes.MISSING_TABLE, "部分 {2} 缺少表“{0}”（{1}）", "section {2} lacks table {0} ({1})");
		// {0} table, {1} row, {2} template label, {3} written label
		put(IssueCodes.LABEL_MISMATCH, "行 {1} 的名称应为“{2}”，写作“{3}”", "row {1} is labelled \"{2}\" in the format, written \"{3}\"");
		// {0} table, {1} row
		put(IssueCodes.DUPLICATE_ROW, "表“{0}”中行 {1} 重复", "row {1} appears twice in table {0}");
		// {0} written date, {1} reason
		put(IssueCodes.BAD_DATE, "发布日期“{0}”无效：{1}", "publication date \"{0}\" is invalid: {1}");
		// {0} written year, {1} reason
		put(IssueCodes.BAD_YEAR, "年度 {0} 无效：{1}", "year {0} is invalid: {1}");
		put(IssueCodes.DUPLICATE_SECTION, "第 {0} 部分重复", "section {0} appears twice");
		put(IssueCodes.DUPLICATE_TABLE, "表“{0}”重复", "table {0} appears twice");
		put(IssueCodes.GROUP_BAR_INSIDE_GROUP, "第 {0} 格之后的“|”落在列组“{1}”之中，应在两组之间",
				"the \"|\" after cell {0} falls inside the column group \"{1}\", not between two groups");

		// cross-year: cell data, {5} the rule's description, {6} derivation (上年 for last year's cells), {7} previous file
		put(IssueCodes.CARRY_OVER_MISMATCH, "{3}/{4} 应为 {0}（{5}：= {6}，上年报告 {7}），实为 {1}",
				"{3}/{4} should be {0} ({5}: = {6}, last year's report {7}), found {1}");
		put(IssueCodes.IN_FORCE_MISMATCH, "{3}/{4} 应约为 {0}（{5}：= {6}，上年报告 {7}），实为 {1}",
				"{3}/{4} should be about {0} ({5}: = {6}, last year's report {7}), found {1}");
		// narrative: {0} stated, {1} table figure, {2} phrase, {3} what the figure is, {4} the alternative, if any
		put(IssueCodes.NARRATIVE_MISMATCH, "正文“{2}”为 {0}，与表格不符：{3}为 {1}{4}",
				"the text says {0} (\"{2}\") but the tables say {1} ({3}){4}");
		// {0} stated, {1} table figure, {2} phrase, {3} what the figure is, {4} the template's explanation
		put(IssueCodes.NARRATIVE_DEFINITION, "正文“{2}”为 {0}，{3}为 {1}：{4}",
				"the text says {0} (\"{2}\"), the tables {1} ({3}): {4}");
		// {0} the path, {1} reason
		put(IssueCodes.TEXT_EXPRESSION_UNRESOLVED, "表达式中的“{0}”不是表格中的单元格：{1}",
				"\"{0}\" in the expression names no cell: {1}");
		put(IssueCodes.TEXT_EXPRESSION_SYNTAX, "表达式“{0}”有语法错误：{1}", "expression \"{0}\" does not parse: {1}");
		put(IssueCodes.TEXT_EXPRESSION_UNDETERMINED, "表达式“{0}”的值无法确定（单元格空缺）",
				"the value of expression \"{0}\" cannot be determined (blank cells)");
		// {0} section heading, {1} what it must state (the template's words)
		put(IssueCodes.FEES_NOT_STATED, "“{0}”未说明{1}", "section \"{0}\" does not state {1}");
		// {0} length, {1} limit, {2} section heading
		put(IssueCodes.OVERVIEW_TOO_LONG, "“{2}”约 {0} 字，格式要求篇幅原则上不超过 {1} 字",
				"section \"{2}\" has about {0} characters; the format asks for at most about {1}");
		// {0} similarity in percent, {1} previous file, {2} section heading
		put(IssueCodes.PROBLEMS_REPEATED, "“{2}”与上年报告 {1} 相似度 {0}%，格式要求不得年年雷同",
				"section \"{2}\" is {0}% similar to last year's report {1}; the format forbids repeating it year after year");
		// {0} template, {1} the report's year, {2} the years the format applies to
		put(IssueCodes.WRONG_FORMAT, "{1} 年度的报告不适用格式“{0}”（该格式适用于 {2}）",
				"a report for {1} does not use the format \"{0}\" (it applies to {2})");
		// {0} publication date, {1} deadline, {2} organ kind
		put(IssueCodes.LATE, "发布日期 {0} 晚于{2}的发布期限 {1}", "published on {0}, after the deadline {1} for organs of kind {2}");
		// {0} organ kind, {1} the kinds the template knows
		put(IssueCodes.UNKNOWN_ORGAN_KIND, "机关类别“{0}”在模板中没有发布期限（已知：{1}）",
				"the template sets no deadline for the organ kind \"{0}\" (known: {1})");
		// {0} file, {1} reason
		put(IssueCodes.PREVIOUS_UNREADABLE, "无法读取上年报告 {0}：{1}", "cannot read last year's report {0}: {1}");
		// {0} file, {1} its year, {2} expected year
		put(IssueCodes.PREVIOUS_YEAR_MISMATCH, "上年报告 {0} 的年度为 {1}，应为 {2}",
				"last year's report {0} is for {1}, expected {2}");

		// input limits (see Limits): {0} the size found, {1} the limit
		put(IssueCodes.FILE_TOO_LARGE, "文件过大：{0} 个字符，超过上限 {1}，未解析",
				"the file is too large: {0} characters, more than {1}; not parsed");
		put(IssueCodes.NESTING_TOO_DEEP, "嵌套过深：花括号与圆括号的嵌套超过 {1} 层，未解析",
				"nesting too deep: braces and parentheses nest more than {1} levels; not parsed");
		put(IssueCodes.TOO_MANY_ROWS, "行数过多：共 {0} 行，上限为 {1} 行", "too many rows: {0}, at most {1}");
		put(IssueCodes.ROW_TOO_LONG, "一行的单元格过多：共 {0} 个，上限为 {1} 个", "too many cells in one row: {0}, at most {1}");
		put(IssueCodes.TEXT_TOO_LONG, "文本过长：{0} 个字符，上限为 {1} 个", "text too long: {0} characters, at most {1}");
		put(IssueCodes.STRING_TOO_LONG, "字符串或名称过长：{0} 个字符，上限为 {1} 个",
				"string or name too long: {0} characters, at most {1}");
	}

	/**
	 * Phrases that data refer to by key, so that reasons render in either language: a datum
	 * {@code @key} or {@code @key:argument} stands for the phrase, {0} being the argument.
	 */
	private static final Map<String, String[]> PHRASES = new HashMap<>();

	private static void phrase(String key, String zh, String en) {
		PHRASES.put(key, new String[] { zh, en });
	}

	static {
		phrase("date.format", "应写作 YYYY-MM-DD", "write it as YYYY-MM-DD");
		phrase("date.invalid", "不是有效日期", "no such date");
		phrase("date.beforeYear", "早于报告年度 {0} 年", "before the report''s year {0}");
		phrase("year.integer", "应为整数年份", "a year is a whole number");
		phrase("year.range", "应在 2008 至 {0} 之间", "it must lie between 2008 and {0}");
		phrase("file.missing", "文件不存在", "no such file");
		phrase("file.noReport", "文件中没有报告", "the file holds no report");
		phrase("file.self", "上年报告不能是本文件", "a report cannot be its own previous report");
		phrase("expr.noTemplate", "报告没有模板", "the report has no template");
		phrase("expr.shape", "应写作 表.行.列", "write it as table.row.column");
		phrase("expr.noTable", "模板中没有表“{0}”", "the template has no table {0}");
		phrase("expr.ambiguous", "有歧义：可指多个单元格", "ambiguous: it names several cells");
		phrase("expr.noCell", "表“{0}”中没有这一行和列", "table {0} has no such row and column");
		phrase("expr.unclosed", "缺少右花括号 }", "the closing brace } is missing");
		phrase("expr.empty", "表达式为空", "the expression is empty");
		phrase("expr.unparsable", "无法解析", "it cannot be parsed");
		phrase("n.alternative", "（按正文的口径为 {0}）", " ({0} as the text counts)");
		phrase("years.range", "{0} 年度", "the years {0}");
		// what an unresolved reference names, and where to look instead
		phrase("ref.template", "模板", "template");
		phrase("ref.section", "章节", "section");
		phrase("ref.table", "表格", "table");
		phrase("ref.row", "行", "row");
		phrase("ref.node", "行或列", "row or column");
		phrase("ref.builtIn", "内置模板：" + Library.GOV_2021_TEMPLATE + "、" + Library.GOV_2019_TEMPLATE,
				"the built-in templates are \"" + Library.GOV_2021_TEMPLATE + "\" and \"" + Library.GOV_2019_TEMPLATE + "\"");
		phrase("ref.notInTemplate", "模板中没有这个名称", "the template has no such name");
		// values the converters refuse
		phrase("value.emptyNumber", "数字为空", "the number is empty");
		phrase("value.longNumber", "数字过长（超过 {0} 位）", "the number is too long (more than {0} digits)");
		phrase("value.badNumber", "不是有效的数字：{0}", "not a valid number: \"{0}\"");
		phrase("value.openText", "文本块不完整", "the text block is not closed");
		phrase("value.separator", "数字中不能有分隔符：{0}（应写作不带逗号的数字）", "no separators in a number: \"{0}\" (write it without commas)");
		phrase("value.mixedQuotes", "字符串以“开始，却以 \" 结束", "the string opens with “ but closes with \"");
		phrase("value.openQuote", "字符串以“开始，本行中没有对应的”", "the string opened with “ is not closed on its line");
	}

	/**
	 * NB001's shapes, one per kind of parser or lexer error. The data are the kind, then ANTLR's
	 * raw texts: {0} the token found (shown quoted, or as the end of the file), {1} what was
	 * expected (token names shown as words, see TOKENS). {@code other} carries ANTLR's whole
	 * message as {0}, shown as it is; {@code none} carries nothing.
	 */
	private static final Map<String, String[]> SYNTAX = new HashMap<>();

	private static void syntax(String kind, String zh, String en) {
		SYNTAX.put(kind, new String[] { zh, en });
	}

	static {
		syntax("mismatched", "语法错误：此处不应出现 {0}，应为 {1}", "syntax error: {0} is not expected here; expecting {1}");
		syntax("missing", "语法错误：在 {0} 之前缺少 {1}", "syntax error: {1} is missing before {0}");
		syntax("extraneous", "语法错误：多余的 {0}，此处应为 {1}", "syntax error: extraneous {0}; expecting {1}");
		syntax("noViable", "语法错误：无法识别 {0}", "syntax error: {0} makes no sense here");
		syntax("mismatchedChar", "词法错误：字符 {0} 不符合，应为 {1}", "lexical error: {0} does not fit here; expecting {1}");
		syntax("loop", "语法错误：此处缺少内容，却遇到 {0}", "syntax error: something is missing before {0}");
		syntax("other", "语法错误：{0}", "syntax error: {0}");
		syntax("none", "语法错误", "syntax error");
	}

	private static final String[] END_OF_FILE = { "文件结尾", "the end of the file" };

	/**
	 * The grammar's token names as words (zh, en), in the order they are replaced: "<EOF>" before
	 * "EOF", which it contains.
	 */
	private static final String[][] TOKENS = { { "RULE_NUMBER", "数字", "a number" }, { "RULE_NEGATIVE", "负数", "a negative number" }, { "RULE_ID", "名称", "a name" },
			{ "RULE_STRING", "字符串", "a string" }, { "RULE_TEXT", "文本块 \"\"\"…\"\"\"", "a text block \"\"\"…\"\"\"" },
			{ "<EOF>", END_OF_FILE[0], END_OF_FILE[1] }, { "EOF", END_OF_FILE[0], END_OF_FILE[1] } };

	private static boolean isSyntaxKind(String kind) {
		return SYNTAX.containsKey(kind);
	}

	private static String syntaxMessage(String language, String[] data) {
		int en = "en".equals(language) ? 1 : 0;
		String kind = data.length == 0 ? "none" : data[0];
		String found = data.length > 1 ? data[1] : "";
		String expected = data.length > 2 ? data[2] : "";
		Object[] args;
		if ("other".equals(kind)) {
			args = new Object[] { found };
		} else {
			String shown = "<EOF>".equals(found) ? END_OF_FILE[en] : en == 1 ? "\"" + found + "\"" : "“" + found + "”";
			String words = expected;
			for (String[] token : TOKENS) {
				words = words.replace(token[0], token[1 + en]);
			}
			args = new Object[] { shown, words };
		}
		return new MessageFormat(SYNTAX.get(kind)[en].replace("'", "''"), Locale.ROOT).format(args);
	}

	/** Separates NB001's data inside one {@link #syntaxDatum}: a control character no token holds. */
	private static final String SYNTAX_PARTS = "\u001f";

	/**
	 * NB001's data (kind, found, expected) as one datum of another message, e.g. the reason of
	 * NB305 (an expression in the narrative that does not parse), so it renders in either language.
	 */
	public static String syntaxDatum(String[] syntaxData) {
		return "@syntax:" + String.join(SYNTAX_PARTS, syntaxData);
	}

	/**
	 * A text a template gives in Chinese and, optionally, English (a fact's description), as one
	 * datum that renders in either language; without English it renders as the Chinese.
	 */
	public static String bilingual(String zh, String en) {
		return en == null || en.isEmpty() ? zh : "@text:" + zh + SYNTAX_PARTS + en;
	}

	/** A datum in the language: a phrase when it is {@code @key[:argument]}, else as it is. */
	public static String localise(String datum, String language) {
		if (datum == null || !datum.startsWith("@")) {
			return datum;
		}
		if (datum.startsWith("@text:")) {
			String[] parts = datum.substring("@text:".length()).split(SYNTAX_PARTS, 2);
			return "en".equals(language) && parts.length > 1 ? parts[1] : parts[0];
		}
		if (datum.startsWith("@syntax:")) {
			String[] parts = datum.substring("@syntax:".length()).split(SYNTAX_PARTS, -1);
			return isSyntaxKind(parts[0]) ? syntaxMessage(language, parts) : datum;
		}
		int colon = datum.indexOf(':');
		String key = datum.substring(1, colon < 0 ? datum.length() : colon);
		String[] texts = PHRASES.get(key);
		if (texts == null) {
			return datum;
		}
		String pattern = "en".equals(language) ? texts[1] : texts[0];
		return new MessageFormat(pattern.replace("''", "'").replace("'", "''"), Locale.ROOT)
				.format(new Object[] { colon < 0 ? "" : datum.substring(colon + 1) });
	}

	/** The message for a code and its data in the language given ("zh" or "en"). */
	public static String renderIn(String language, String code, String... data) {
		if (IssueCodes.SYNTAX.equals(code)) {
			String[] d = data == null ? new String[0] : data;
			// data of no known kind are shown as they are, like a message of no known shape
			return syntaxMessage(language, d.length == 0 || isSyntaxKind(d[0]) ? d : new String[] { "other", String.join(" ", d) });
		}
		String[] texts = TEXTS.get(code);
		if (texts == null) {
			return code + (data == null ? "" : " " + String.join(" ", data));
		}
		String pattern = "en".equals(language) ? texts[1] : texts[0];
		Object[] args = new Object[data == null ? 0 : data.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = localise(data[i], language);
		}
		// MessageFormat treats a single quote as an escape character; the texts above mean it literally
		return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args);
	}

	public static String render(String code, String... data) {
		return renderIn(defaultLanguage(), code, data);
	}

	/** Whether a code is known here (so it can be re-rendered). */
	public static boolean knows(String code) {
		return TEXTS.containsKey(code) || IssueCodes.SYNTAX.equals(code);
	}

	/**
	 * Whether an issue of this code with these data can be re-rendered here. NB001–NB003 are also
	 * what Finding makes of Xtext's own syntax and linking diagnostics (and of codes it does not
	 * know), whose data, if any, are not Nianbao's: their data must have the shape given above.
	 */
	public static boolean canRender(String code, String[] data) {
		if (IssueCodes.SYNTAX.equals(code)) {
			return data != null && data.length > 0 && isSyntaxKind(data[0]);
		}
		if (IssueCodes.UNRESOLVED_REFERENCE.equals(code)) {
			return data != null && data.length == 3 && isPhrase(data[0]) && isPhrase(data[2]);
		}
		if (IssueCodes.BAD_VALUE.equals(code)) {
			return data != null && data.length == 1 && isPhrase(data[0]);
		}
		return knows(code);
	}

	/** Whether a datum stands for a phrase ({@code @key} or {@code @key:argument}) defined here. */
	private static boolean isPhrase(String datum) {
		if (datum == null || !datum.startsWith("@")) {
			return false;
		}
		int colon = datum.indexOf(':');
		return PHRASES.containsKey(datum.substring(1, colon < 0 ? datum.length() : colon));
	}
}
