package org.nianbao.parser;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese keywords and the full-width punctuation of an input method, each with the English
 * keyword or ASCII sign it stands for. The grammar's ALIAS terminal reads them; the lexers (the
 * parser's and content assist's) give each the token type of its twin, so that the parser, the
 * formatter and every service see one keyword whichever way it was written, while the text keeps
 * what the user typed. One table, documented in the README; a test checks that every keyword of
 * the grammar has its alias here and that the ALIAS terminal reads exactly these.
 */
public final class Aliases {

	/** Chinese keyword → English keyword, in the README's order. */
	public static final Map<String, String> KEYWORDS;

	/** Full-width sign → ASCII sign. */
	public static final Map<String, String> PUNCTUATION;

	static {
		Map<String, String> k = new LinkedHashMap<>();
		k.put("模板", "template");
		k.put("报告", "report");
		k.put("章节", "section");
		k.put("表", "table");
		k.put("表头角", "corner");
		k.put("注", "note");
		k.put("列", "columns"); // also `按 列` (per column)
		k.put("行", "rows"); // also `按 行` (per row)
		k.put("分组", "group");
		k.put("小数", "decimal");
		k.put("可负", "signed");
		k.put("规则", "rule");
		k.put("按", "per");
		k.put("合计", "sum");
		k.put("除", "except");
		k.put("正文", "text");
		k.put("自动", "auto");
		// the template checks (rules as data)
		k.put("跨年", "crossyear");
		k.put("于", "in");
		k.put("上年值", "last");
		k.put("警告", "warning");
		k.put("错误", "error");
		k.put("提示", "info");
		k.put("事实", "fact");
		k.put("句式", "pattern");
		k.put("取值", "value");
		k.put("容差", "tolerance");
		k.put("或", "or");
		k.put("因为", "because");
		k.put("限定", "limit");
		k.put("长度", "length");
		k.put("要求", "require");
		k.put("提及", "mentions");
		k.put("区别", "distinct");
		k.put("自", "from");
		k.put("低于", "below");
		k.put("适用年份", "years");
		k.put("至", "to");
		k.put("截止", "deadline");
		k.put("机关类别", "organkind");
		k.put("指标", "figure");
		k.put("一致", "agree");
		KEYWORDS = Collections.unmodifiableMap(k);
		Map<String, String> p = new LinkedHashMap<>();
		p.put("｛", "{");
		p.put("｝", "}");
		p.put("（", "(");
		p.put("）", ")");
		p.put("：", ":");
		p.put("，", ",");
		p.put("＝＝", "==");
		p.put("＝", "=");
		p.put("＋", "+");
		p.put("－", "-");
		p.put("？", "?");
		p.put("．", ".");
		p.put("｜", "|");
		PUNCTUATION = Collections.unmodifiableMap(p);
	}

	private static final Map<String, String> CHINESE = new HashMap<>();

	static {
		KEYWORDS.forEach((zh, en) -> CHINESE.put(en, zh));
		CHINESE.put("column", "列");
		CHINESE.put("row", "行");
	}

	private Aliases() {
	}

	/** The English keyword or ASCII sign an alias stands for, or null. */
	public static String twin(String alias) {
		String en = KEYWORDS.get(alias);
		return en != null ? en : PUNCTUATION.get(alias);
	}

	/** The Chinese keyword for an English one, or null when it has none (punctuation, 标题…). */
	public static String chinese(String english) {
		return CHINESE.get(english);
	}

	/**
	 * Alias text → token type of its twin, for a lexer whose ANTLR token names are given (keywords
	 * are named by their quoted text there, {@code 'template'}).
	 */
	public static Map<String, Integer> tokenTypes(String[] tokenNames) {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < tokenNames.length; i++) {
			byName.put(tokenNames[i], i);
		}
		Map<String, Integer> types = new HashMap<>();
		for (Map<String, String> table : java.util.List.of(KEYWORDS, PUNCTUATION)) {
			table.forEach((alias, twin) -> {
				Integer type = byName.get("'" + twin + "'");
				if (type != null) {
					types.put(alias, type);
				}
			});
		}
		return types;
	}

	/**
	 * The type an ALIAS token takes: its twin's, or {@code aliasType} itself when the grammar has
	 * no such twin (then the parser reports it as the unexpected token it is).
	 */
	public static int retype(Map<String, Integer> types, String text, int aliasType) {
		Integer type = types.get(text);
		return type == null ? aliasType : type;
	}
}
