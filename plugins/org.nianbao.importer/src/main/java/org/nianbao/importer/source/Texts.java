package org.nianbao.importer.source;

/** Whitespace as published pages have it (ideographic, no-break and en spaces count too), and characters left out. */
public final class Texts {
	private Texts() {
	}

	/** The text up to its first line break: a library's message, shown in one line. */
	public static String firstLine(String s) {
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
	}

	public static String strip(String s) {
		int b = 0, e = s.length();
		while (b < e && isSpace(s.charAt(b))) {
			b++;
		}
		while (e > b && isSpace(s.charAt(e - 1))) {
			e--;
		}
		return s.substring(b, e);
	}

	/** The string without the characters {@code left} says to leave out (the same string when there are none). */
	public static String without(String s, java.util.function.IntPredicate left) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (left.test(c)) {
				if (sb == null) {
					sb = new StringBuilder(s.length()).append(s, 0, i);
				}
			} else if (sb != null) {
				sb.append(c);
			}
		}
		return sb == null ? s : sb.toString();
	}

	/** The end of the run of characters {@code in} accepts that starts at {@code from}. */
	public static int runEnd(String s, int from, java.util.function.IntPredicate in) {
		int k = from;
		while (k < s.length() && in.test(s.charAt(k))) {
			k++;
		}
		return k;
	}
}
