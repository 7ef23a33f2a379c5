package org.nianbao.diagnostics;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every Nianbao diagnostic message, keyed by issue code, in Chinese (default) and English, from the
 * resource bundles {@code messages.properties} and {@code messages_en.properties} beside this class
 * (which also document each code's data). A
 * message is rendered from its code and issue data only, so any tool can re-render a finding in
 * the other language ({@code --lang en}). The data of cell codes starts with the layout of
 * {@code org.nianbao.validation.Finding} (expected, actual, table, row, column); the bundles' comments name the
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

	private static final String BUNDLE = "org.nianbao.diagnostics.messages";
	/** messages.properties (Chinese) and messages_en.properties, read as UTF-8. */
	private static final ResourceBundle ZH = Phrases.bundle(BUNDLE, Locale.ROOT);
	private static final ResourceBundle EN = Phrases.bundle(BUNDLE, Locale.ENGLISH);

	/** The text of a key in the language; null when the bundle has none. */
	private static String text(String language, String key) {
		ResourceBundle b = "en".equals(language) ? EN : ZH;
		return b.containsKey(key) ? b.getString(key) : null;
	}

	/** A message key: an issue code (no dot); phrases, syntax shapes and tokens have prefixes. */
	private static boolean isCode(String key) {
		return key != null && key.indexOf('.') < 0 && ZH.containsKey(key);
	}

	/**
	 * Phrases that data refer to by key ({@code phrase.…} in the bundles), so that reasons render
	 * in either language: a datum {@code @key} or {@code @key:argument} stands for the phrase, {0}
	 * being the argument.
	 */
	private static final String PHRASE = "phrase.";

	/**
	 * NB001's shapes ({@code syntax.…}), one per kind of parser or lexer error. The data are the
	 * kind, then ANTLR's raw texts: {0} the token found (shown quoted, or as the end of the file),
	 * {1} what was expected (token names shown as words, {@code token.…}). {@code other} carries
	 * ANTLR's whole message as {0}, shown as it is; {@code none} carries nothing.
	 */
	private static final String SYNTAX = "syntax.";

	/** The grammar's token names, in the order they are replaced: "<EOF>" before "EOF", which it contains. */
	private static final String[] TOKENS = { "RULE_NUMBER", "RULE_NEGATIVE", "RULE_ID", "RULE_STRING", "RULE_TEXT",
			"<EOF>", "EOF" };

	private static final String END_OF_FILE = "token.<EOF>";

	private static boolean isSyntaxKind(String kind) {
		return kind != null && ZH.containsKey(SYNTAX + kind);
	}

	private static String syntaxMessage(String language, String[] data) {
		String kind = data.length == 0 ? "none" : data[0];
		String found = data.length > 1 ? data[1] : "";
		String expected = data.length > 2 ? data[2] : "";
		Object[] args;
		if ("other".equals(kind)) {
			args = new Object[] { found };
		} else {
			boolean en = "en".equals(language);
			String shown = "<EOF>".equals(found) ? text(language, END_OF_FILE) : en ? "\"" + found + "\"" : "“" + found + "”";
			String words = expected;
			for (String token : TOKENS) {
				words = words.replace(token, text(language, "token." + token));
			}
			args = new Object[] { shown, words };
		}
		return new MessageFormat(text(language, SYNTAX + kind).replace("'", "''"), Locale.ROOT).format(args);
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
		String pattern = text(language, PHRASE + key);
		if (pattern == null) {
			return datum;
		}
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
		if (!isCode(code)) {
			return code + (data == null ? "" : " " + String.join(" ", data));
		}
		String pattern = text(language, code);
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
		return isCode(code) || IssueCodes.SYNTAX.equals(code);
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
		return ZH.containsKey(PHRASE + datum.substring(1, colon < 0 ? datum.length() : colon));
	}
}
