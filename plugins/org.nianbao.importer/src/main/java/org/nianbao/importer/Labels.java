package org.nianbao.importer;


/**
 * Label comparison as publications need it: full- and half-width forms, spaces inside labels, quote
 * styles and numbering ("一、", "（三）", "1.") must not decide whether two labels are the same.
 */
public final class Labels {
	private Labels() {
	}

	/** Canonical form: full-width brackets/colons/commas, no whitespace, one quote style. */
	public static String normalize(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
				continue;
			}
			switch (c) {
			case '(' -> sb.append('（');
			case ')' -> sb.append('）');
			case ':' -> sb.append('：');
			case ',' -> sb.append('，');
			case ';' -> sb.append('；');
			case '．' -> sb.append('.');
			case '“', '”', '"', '＂', '「', '」' -> sb.append('"');
			case '‘', '’', '\'' -> sb.append('\'');
			case '﹝', '〔', '[' -> sb.append('〔');
			case '﹞', '〕', ']' -> sb.append('〕');
			default -> {
				// Full-width ASCII letters and digits (Ａ, １) are the same characters as half-width ones.
				if (c >= '\uff10' && c <= '\uff19' || c >= '\uff21' && c <= '\uff3a' || c >= '\uff41' && c <= '\uff5a') {
					sb.append((char) (c - 0xfee0));
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}

	/**
	 * One character in the form labels are compared on, or 0 when it does not count (spacing):
	 * the mapping of {@link #normalize}, with the numbering marks `、` `.` `．` taken as one.
	 */
	public static char canonical(char c) {
		if (c >= '\u4e00' && c <= '\u9fff') {
			return c; // the common case, a Chinese character: no spacing, no variant form
		}
		if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff' || c == '\u0001') {
			return 0;
		}
		return switch (c) {
		case '(' -> '（';
		case ')' -> '）';
		case ':' -> '：';
		case ',' -> '，';
		case ';' -> '；';
		case '．', '、', '.' -> '.';
		case '“', '”', '"', '＂', '「', '」' -> '"';
		case '‘', '’', '\'' -> '\'';
		case '﹝', '〔', '[' -> '〔';
		case '﹞', '〕', ']' -> '〕';
		default -> c >= '\uff21' && c <= '\uff3a' || c >= '\uff41' && c <= '\uff5a' ? (char) (c - 0xfee0) : c;
		};
	}

	/** A label as the stream's label view holds it: canonical characters, no digits, no spacing. */
	public static String viewForm(String label) {
		StringBuilder sb = new StringBuilder(label.length());
		for (int i = 0; i < label.length(); i++) {
			char c = canonical(label.charAt(i));
			if (c != 0 && !Stream.isDigit(c) && c != '|') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** The digits of a label's leading numbering (`2.` → "2", `（三）` → ""). */
	public static String numberingDigits(String label) {
		String n = numbering(label);
		StringBuilder sb = new StringBuilder();
		for (char c : n.toCharArray()) {
			if (c >= '0' && c <= '9') {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** The normalized label without its leading numbering. */
	public static String core(String s) {
		String n = normalize(s);
		return n.substring(numberingEnd(n));
	}

	/** The leading numbering of a normalized label ("（三）", "5."), or "" when it has none. */
	public static String numbering(String s) {
		String n = normalize(s);
		return n.substring(0, numberingEnd(n));
	}

	/**
	 * The end of the numbering {@code n} starts with, or 0: `一、` `三.`, `（一）`, `2.` `3、`, `第一部分`
	 * `第二章、` `第三、`.
	 */
	private static int numberingEnd(String n) {
		if (n.isEmpty()) {
			return 0;
		}
		char first = n.charAt(0);
		if (isChineseNumeral(first)) {
			int end = numeralsEnd(n, 0);
			return end < n.length() && isNumberingMark(n.charAt(end)) ? end + 1 : 0;
		}
		if (first == '（') {
			int end = numeralsEnd(n, 1);
			return end > 1 && end < n.length() && n.charAt(end) == '）' ? end + 1 : 0;
		}
		if (first >= '0' && first <= '9') {
			int end = org.nianbao.importer.source.Texts.runEnd(n, 1, c -> c >= '0' && c <= '9');
			return end < n.length() && isNumberingMark(n.charAt(end)) ? end + 1 : 0;
		}
		if (first == '第') {
			int end = numeralsEnd(n, 1);
			if (end == 1) {
				return 0;
			}
			if (n.startsWith("部分", end)) {
				end += 2;
			} else if (end < n.length() && "部章".indexOf(n.charAt(end)) >= 0) {
				end++;
			}
			if (end < n.length() && isNumberingMark(n.charAt(end))) {
				end++;
			}
			return end;
		}
		return 0;
	}

	private static boolean isChineseNumeral(char c) {
		return "一二三四五六七八九十".indexOf(c) >= 0;
	}

	private static int numeralsEnd(String s, int from) {
		return org.nianbao.importer.source.Texts.runEnd(s, from, c -> isChineseNumeral((char) c));
	}

	/** `、` `.` `．`: the marks that end a numbering (`一、`, `2.`). */
	static boolean isNumberingMark(char c) {
		return c == '、' || c == '.' || c == '．';
	}

	/** Same label up to width, spacing, quotes and (when one side has none) numbering. */
	public static boolean same(String published, String label) {
		String a = normalize(published), b = normalize(label);
		if (a.equals(b)) {
			return true;
		}
		String na = numbering(a), nb = numbering(b);
		if (na.isEmpty() || nb.isEmpty() || equivalentNumbering(na, nb)) {
			return core(a).equals(core(b)) && !core(a).isEmpty();
		}
		return false;
	}

	/** "1." and "1、", "一、" and "一." count as the same numbering; "（一）" is another level. */
	public static boolean equivalentNumbering(String a, String b) {
		return org.nianbao.importer.source.Texts.without(a, c -> isNumberingMark((char) c))
				.equals(org.nianbao.importer.source.Texts.without(b, c -> isNumberingMark((char) c)));
	}

	/** 1 − edit distance / longer length, over the normalized forms (1 = equal). */
	public static double similarity(String a, String b) {
		String x = normalize(a), y = normalize(b);
		int max = Math.max(x.length(), y.length());
		if (max == 0) {
			return 1;
		}
		return 1.0 - (double) distance(x, y) / max;
	}

	static int distance(String a, String b) {
		int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}
}
