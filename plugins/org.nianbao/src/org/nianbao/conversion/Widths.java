package org.nianbao.conversion;

/** Folds what an input method types in full width (digits, point, minus, comma) to ASCII. */
public final class Widths {

	private Widths() {
	}

	public static String fold(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char a = ascii(c);
			if (a != c && sb == null) {
				sb = new StringBuilder(s.length()).append(s, 0, i);
			}
			if (sb != null) {
				sb.append(a);
			}
		}
		return sb == null ? s : sb.toString();
	}

	private static char ascii(char c) {
		if (c >= '０' && c <= '９') {
			return (char) ('0' + (c - '０'));
		}
		return switch (c) {
		case '．' -> '.';
		case '－' -> '-';
		case '，' -> ',';
		default -> c;
		};
	}
}
