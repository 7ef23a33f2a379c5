package org.nianbao.generator.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names from table captions, within Excel's rules: at most 31 characters, none of
 * {@code : \ / ? * [ ]}, no apostrophe at either end, not "History" (reserved), unique in the workbook
 * ignoring case. A clash gets a counter: "申请(2)".
 */
public final class SheetNames {
	static final int MAX = 31;

	private final Set<String> taken = new HashSet<>();

	/** A fresh name for the sheet of a table; the fallback (the table's key) when the caption leaves nothing. */
	public String next(String caption, String fallback) {
		String base = sanitize(caption);
		if (base.isEmpty()) {
			base = sanitize(fallback);
		}
		if (base.isEmpty()) {
			base = "Sheet";
		}
		String name = base;
		for (int n = 2; !taken.add(key(name)); n++) {
			String suffix = "(" + n + ")";
			name = cut(base, MAX - suffix.length()) + suffix;
		}
		return name;
	}

	static String sanitize(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length());
		s.codePoints().forEach(c -> {
			if (":\\/?*[]".indexOf(c) >= 0) {
				sb.append('_');
			} else if (Character.isISOControl(c)) {
				sb.append(' ');
			} else {
				sb.appendCodePoint(c);
			}
		});
		String name = sb.toString().strip();
		name = stripApostrophes(cut(name, MAX).strip());
		return name.equalsIgnoreCase("History") ? name + "_" : name;
	}

	private static String stripApostrophes(String s) {
		int from = 0, to = s.length();
		while (from < to && s.charAt(from) == '\'') {
			from++;
		}
		while (to > from && s.charAt(to - 1) == '\'') {
			to--;
		}
		return s.substring(from, to).strip();
	}

	/** At most max UTF-16 units (Excel counts those), never splitting a surrogate pair. */
	static String cut(String s, int max) {
		if (s.length() <= max) {
			return s;
		}
		int end = max;
		if (Character.isHighSurrogate(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(0, end);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
