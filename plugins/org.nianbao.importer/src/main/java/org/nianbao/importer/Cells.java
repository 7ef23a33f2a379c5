package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.importer.ImportedReport.Cell;

/**
 * Cells as published: a number, maybe with a unit (`2862万元`) or a remark (`4(1个废止,3个到期自动失效`),
 * thousands separators, a blank marker (`-`, `—`, `/`), or an empty cell of a real table.
 */
public final class Cells {
	private Cells() {
	}

	private static final Pattern NUMBER = Pattern
			.compile("^([+\\-−－]?)(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:[.．](\\d+))?(.*)$", Pattern.DOTALL);
	private static final Pattern UNIT = Pattern.compile("^(万元|元|亿元|件|个|条|次|项|宗|人次|家|份|%|％|万)$");
	/** What publications print for an empty cell. */
	static final java.util.Set<String> BLANK = java.util.Set.of("-", "－", "—", "——", "–", "/", "／", "\\", "无", "空");
	private static final Pattern THOUSANDS = Pattern.compile("[,，]");
	private static final int MAX_REMARK = 60;

	/** Whether a token reads as a cell (and not as a numbered label like `1.属于国家秘密`). */
	public static boolean isCell(String raw) {
		String text = halfWidthDigits(raw);
		return text.isEmpty() || BLANK.contains(text) || number(text) != null;
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
		Matcher m = number(text);
		if (m == null) {
			return null;
		}
		String sign = m.group(1).isEmpty() ? "" : "-";
		String integer = THOUSANDS.matcher(m.group(2)).replaceAll("");
		String fraction = m.group(3);
		BigDecimal value = new BigDecimal(sign + integer + (fraction == null ? "" : "." + fraction));
		String rest = m.group(4).strip();
		String note = null;
		if (!rest.isEmpty()) {
			if (UNIT.matcher(rest).matches()) {
				note = text; // the unit belongs to the number: keep the cell as published
			} else {
				note = unbracket(rest);
			}
		} else if (!m.group(2).equals(integer) || !m.group(1).isEmpty() && !m.group(1).equals("-")) {
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

	private static Matcher number(String text) {
		char first = text.isEmpty() ? 0 : text.charAt(0);
		if (!(first >= '0' && first <= '9' || first == '+' || first == '-' || first == '−' || first == '－')) {
			return null; // what NUMBER cannot match, told without it: most tokens are labels
		}
		Matcher m = NUMBER.matcher(text);
		if (!m.matches()) {
			return null;
		}
		String rest = m.group(4).strip();
		// `1.属于…`, `2、…`: numbering of a label, not a number; long rests are sentences, not remarks.
		if (rest.startsWith(".") || rest.startsWith("．") || rest.startsWith("、") || rest.length() > MAX_REMARK
				|| rest.startsWith("年") || rest.startsWith("月") || rest.startsWith("日")) {
			return null;
		}
		if (m.group(3) == null && (text.contains(".") || text.contains("．")) && rest.isEmpty()) {
			return null;
		}
		return m;
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
