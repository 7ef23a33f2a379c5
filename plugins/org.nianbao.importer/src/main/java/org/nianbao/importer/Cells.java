package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.Set;

import org.nianbao.importer.ImportedReport.Cell;

/**
 * Cells as published: a number, maybe with a unit (`2862万元`) or a remark (`4(1个废止,3个到期自动失效`),
 * thousands separators, a blank marker (`-`, `—`, `/`), or an empty cell of a real table.
 */
public final class Cells {
	private Cells() {
	}

	/** Units a number may carry in its cell. */
	private static final Set<String> UNIT = Set.of("万元", "元", "亿元", "件", "个", "条", "次", "项", "宗", "人次", "家", "份", "%", "％", "万");
	/** What publications print for an empty cell. */
	static final Set<String> BLANK = Set.of("-", "－", "—", "——", "–", "/", "／", "\\", "无", "空");
	private static final int MAX_REMARK = 60;

	/** Whether a token reads as a cell (and not as a numbered label like `1.属于国家秘密`). */
	public static boolean isCell(String raw) {
		String text = halfWidthDigits(raw);
		return text.isEmpty() || isPlainDigits(text) || BLANK.contains(text) || number(text) != null;
	}

	public static Cell parse(String raw) {
		String text = halfWidthDigits(raw);
		if (text.isEmpty()) {
			return Cell.blank(null);
		}
		if (BLANK.contains(text)) {
			return Cell.blank(text.equals("-") ? null : text);
		}
		if (isPlainDigits(text)) {
			return new Cell(new BigDecimal(text), null); // the common cell, without the pattern
		}
		Number m = number(text);
		if (m == null) {
			return null;
		}
		String sign = m.sign().isEmpty() ? "" : "-";
		String integer = org.nianbao.importer.source.Texts.without(m.integer(), c -> isThousands((char) c));
		String fraction = m.fraction();
		BigDecimal value = new BigDecimal(sign + integer + (fraction == null ? "" : "." + fraction));
		String rest = m.rest().strip();
		String note = null;
		if (!rest.isEmpty()) {
			if (UNIT.contains(rest)) {
				note = text; // the unit belongs to the number: keep the cell as published
			} else {
				note = unbracket(rest);
			}
		} else if (!m.integer().equals(integer) || !m.sign().isEmpty() && !m.sign().equals("-")) {
			note = text;
		}
		return new Cell(value, note);
	}

	/** Full-width digits and signs (２８６２, －２) as typed by Chinese input methods are the same numbers. */
	static String halfWidthDigits(String s) {
		StringBuilder sb = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			char h = c >= '\uff10' && c <= '\uff19' ? (char) (c - 0xfee0) : c == '\uff0e' ? '.' : c;
			if (h != c && sb == null) {
				sb = new StringBuilder(s.substring(0, i));
			}
			if (sb != null) {
				sb.append(h);
			}
		}
		return sb == null ? s : sb.toString();
	}

	private static boolean isPlainDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return !text.isEmpty();
	}

	/**
	 * A number as published, in parts: {@code sign} (maybe empty), {@code integer} (digits, maybe in
	 * groups of three after `,`/`，`), {@code fraction} (digits after `.`/`．`, or null) and what
	 * follows ({@code rest}).
	 */
	private record Number(String sign, String integer, String fraction, String rest) {
	}

	/** The number {@code text} starts with, or null when it is none (a label's numbering, a sentence). */
	private static Number number(String text) {
		char first = text.isEmpty() ? 0 : text.charAt(0);
		if (!(isDigit(first) || first == '+' || first == '-' || first == '−' || first == '－')) {
			return null; // most tokens are labels
		}
		int at = isDigit(first) ? 0 : 1;
		int digitsEnd = digitsEnd(text, at);
		if (digitsEnd == at) {
			return null;
		}
		int integerEnd = digitsEnd;
		if (digitsEnd - at <= 3) {
			// groups of thousands: `,ddd` as often as they follow (a fourth digit after a group ends it)
			for (int g = digitsEnd; g + 3 < text.length() && isThousands(text.charAt(g)) && digitsEnd(text, g + 1) >= g + 4; g += 4) {
				integerEnd = g + 4;
			}
		}
		String fraction = null;
		int end = integerEnd;
		if (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '．') && isDigit(text.charAt(end + 1))) {
			int fractionEnd = digitsEnd(text, end + 1);
			fraction = text.substring(end + 1, fractionEnd);
			end = fractionEnd;
		}
		String rest = text.substring(end);
		String stripped = rest.strip();
		// `1.属于…`, `2、…`: numbering of a label, not a number; long rests are sentences, not remarks.
		if (!stripped.isEmpty() && Labels.isNumberingMark(stripped.charAt(0)) || stripped.length() > MAX_REMARK
				|| stripped.startsWith("年") || stripped.startsWith("月") || stripped.startsWith("日")) {
			return null;
		}
		if (fraction == null && (text.contains(".") || text.contains("．")) && stripped.isEmpty()) {
			return null;
		}
		return new Number(text.substring(0, at), text.substring(at, integerEnd), fraction, rest);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isThousands(char c) {
		return c == ',' || c == '，';
	}

	/** The end of the run of ASCII digits starting at {@code from}. */
	private static int digitsEnd(String s, int from) {
		return org.nianbao.importer.source.Texts.runEnd(s, from, c -> isDigit((char) c));
	}

	/** `(1个废止,3个到期自动失效` → `1个废止,3个到期自动失效`: the remark without its brackets. */
	static String unbracket(String rest) {
		String r = rest;
		if (r.startsWith("(") || r.startsWith("（")) {
			r = r.substring(1);
			if (r.endsWith(")") || r.endsWith("）")) {
				r = r.substring(0, r.length() - 1);
			}
		}
		return r.strip();
	}
}
