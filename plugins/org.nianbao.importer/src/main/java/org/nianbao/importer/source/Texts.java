package org.nianbao.importer.source;

/** Whitespace as published pages have it: ideographic, no-break and en spaces count too. */
public final class Texts {
	private Texts() {
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
}
