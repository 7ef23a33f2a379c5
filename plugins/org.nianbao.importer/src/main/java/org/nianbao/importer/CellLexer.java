package org.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.importer.source.Token;

/**
 * Cuts a stretch of the stream (what lies between one row label and the next) into cells and
 * leftover text: numbers with their units and bracketed notes, runs of digits that may be several
 * cells run together, printed blanks (an empty cell, `-`, `—`, `/`), and text that is no cell.
 */
final class CellLexer {
	private CellLexer() {
	}

	enum Kind {
		/** Digits only, from text whose cell boundaries are not known: maybe several cells. */
		DIGITS,
		/** One cell holding a number (a real table cell, a separator, a decimal point, a unit or note). */
		NUMBER,
		/** A cell the publication printed empty. */
		BLANK,
		/** Text that is not a cell; {@code digits} when it holds a number-like part (a date, a numbering). */
		TEXT
	}

	record Item(Kind kind, String text, int start, int end, String note, boolean digits, boolean inTableCell) {
		Item(Kind kind, String text, int start, int end, String note, boolean digits) {
			this(kind, text, start, end, note, digits, false);
		}

		/** The same number as one cell (the publication's own cell boundary around it). */
		Item fixed() {
			return kind == Kind.DIGITS ? new Item(Kind.NUMBER, text, start, end, note, digits, inTableCell) : this;
		}

		boolean isCell() {
			return kind != Kind.TEXT;
		}
	}

	/** `（四）`: the numbering of a label that follows, not a note on the number before it. */
	private static final Pattern NUMBERING = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]");
	/** Units a number may carry, the longer of two that share a start first. */
	private static final String[] UNITS = { "万元", "亿元", "元", "件", "个", "条", "次", "项", "宗", "人次", "家", "份", "%", "％" };
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern BREAKS = Pattern.compile("[\\u0001\\n]");

	/** The items of text[from, to), skipping characters marked in {@code claimed} (label text). */
	static List<Item> lex(Stream s, int from, int to, boolean[] claimed) {
		List<Item> items = new ArrayList<>();
		String t = s.text;
		int i = from;
		StringBuilder text = new StringBuilder();
		int textStart = -1;
		boolean textDigits = false;
		while (i < to) {
			char c = t.charAt(i);
			if (claimed[i] || c == Stream.CELL_BREAK || c == Stream.UNIT_BREAK || Character.isWhitespace(c)
					|| Character.isSpaceChar(c) || c == '|') {
				if (text.length() > 0 && (claimed[i] || c != ' ' && c != '\u3000')) {
					items.add(new Item(Kind.TEXT, text.toString(), textStart, i, null, textDigits));
					text.setLength(0);
					textDigits = false;
				}
				i++;
				continue;
			}
			if (c == Stream.BLANK_CELL) {
				flush(items, text, textStart, i, textDigits);
				text.setLength(0);
				textDigits = false;
				items.add(new Item(Kind.BLANK, "", i, i + 1, null, false));
				i++;
				continue;
			}
			int tokenIndex = s.tokenAt[i];
			if (tokenIndex >= 0 && s.offsetAt[i] == 0 && text.length() == 0) {
				Token tok = s.tokens.get(tokenIndex);
				if (Cells.BLANK.contains(tok.text())) {
					items.add(new Item(Kind.BLANK, tok.text(), i, i + tok.text().length(), tok.text().equals("-") ? null : tok.text(), false));
					i += tok.text().length();
					continue;
				}
			}
			if (tokenIndex >= 0 && s.offsetAt[i] == 0 && s.tokens.get(tokenIndex).structured()
					&& !Cells.isCell(s.tokens.get(tokenIndex).text())) {
				// A table cell whose text is not a cell (`数据1`, `列2`, a label with its numbering): text,
				// digits and all; in a real table a number is a whole cell.
				Token tok = s.tokens.get(tokenIndex);
				flush(items, text, textStart, i, textDigits);
				text.setLength(0);
				textDigits = false;
				int end = Math.min(to, i + tok.text().length());
				// Its digits are no cell and can take no row's place: a row label whose match failed would
				// bring its own cells along, which the count of the row before then refuses.
				items.add(new Item(Kind.TEXT, t.substring(i, end), i, end, null, false));
				i = end;
				continue;
			}
			boolean sign = (c == '-' || c == '－' || c == '−') && i + 1 < to && Stream.isDigit(t.charAt(i + 1))
					&& text.length() == 0 && (i == from || !Stream.isDigit(t.charAt(i - 1)));
			if (Stream.isDigit(c) || sign) {
				int end = number(t, i + (sign ? 1 : 0), to, claimed);
				String raw = t.substring(i, end);
				String after = rest(t, end, to, claimed, false);
				if (isNumberingAfter(after) && !raw.contains(".") || isDateAfter(after)) {
					// `2.其他…`, `2025年`: a numbering or a date, not a cell.
					if (textStart < 0 || text.length() == 0) {
						textStart = i;
					}
					text.append(raw);
					textDigits = true;
					i = end;
					continue;
				}
				flush(items, text, textStart, i, textDigits);
				text.setLength(0);
				textDigits = false;
				String note = null;
				int j = end;
				int unit = unitLength(after);
				if (unit > 0) {
					j = skipTo(t, end, to, claimed, unit);
					note = SPACES.matcher(t.substring(i, j)).replaceAll("");
				}
				String more = rest(t, j, to, claimed, true);
				if ((more.startsWith("（") || more.startsWith("(")) && !NUMBERING.matcher(more).find()) {
					int close = closing(t, j, to);
					if (close < 0) {
						// An unclosed remark (`4(1个废止,3个到期自动失效`): it runs to the end of its token, or
						// on a page flattened to one line, to the space before the next number.
						int k = j;
						while (k < to && t.charAt(k) != Stream.CELL_BREAK && t.charAt(k) != Stream.UNIT_BREAK && !claimed[k]
								&& !(k > j && Character.isWhitespace(t.charAt(k)) && k + 1 < to && Stream.isDigit(t.charAt(k + 1)))) {
							k++;
						}
						close = k > j ? k : -1;
					}
					if (close > 0) {
						String inner = t.substring(j, close).strip();
						note = (note == null ? "" : note + " ") + Cells.unbracket(BREAKS.matcher(inner).replaceAll(""));
						j = close;
					}
				}
				// Pure digits may be several cells run together, even inside one table cell (a row's digits
				// pasted into one cell); they are split only when a row lacks cells, and only for certain.
				boolean pure = true;
				for (int k = 0; k < raw.length() && pure; k++) {
					pure = Stream.isDigit(raw.charAt(k));
				}
				Kind kind = pure && note == null ? Kind.DIGITS : Kind.NUMBER;
				boolean cell = tokenIndex >= 0 && s.tokens.get(tokenIndex).structured();
				items.add(new Item(kind, raw, i, j, note, true, cell));
				i = j;
				continue;
			}
			if (text.length() == 0) {
				textStart = i;
			}
			text.append(c);
			i++;
		}
		flush(items, text, textStart, to, textDigits);
		return items;
	}

	/** `2.其他…`, `3、…`: what follows a number that is a label's numbering (a mark, then no digit). */
	private static boolean isNumberingAfter(String after) {
		return after.length() >= 2 && Labels.isNumberingMark(after.charAt(0)) && !(after.charAt(1) >= '0' && after.charAt(1) <= '9')
				&& oneLine(after, 2);
	}

	/** `2025年`, `16日`, `15时`: what follows a number that makes it a date or a time. */
	private static boolean isDateAfter(String after) {
		return !after.isEmpty() && "年月日号时".indexOf(after.charAt(0)) >= 0 && oneLine(after, 1);
	}

	/** No line terminator from {@code from} on (as a pattern's `.*` requires). */
	private static boolean oneLine(String s, int from) {
		for (int k = from; k < s.length(); k++) {
			char c = s.charAt(k);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	/** The length of the unit {@code after} starts with, or 0. */
	private static int unitLength(String after) {
		for (String unit : UNITS) {
			if (after.startsWith(unit)) {
				return unit.length();
			}
		}
		return 0;
	}

	private static void flush(List<Item> items, StringBuilder text, int start, int end, boolean digits) {
		if (text.length() > 0) {
			items.add(new Item(Kind.TEXT, text.toString(), start, end, null, digits));
		}
	}

	/** The end of a number starting at {@code i}: digits, `,ddd` groups, one decimal part. */
	private static int number(String t, int i, int to, boolean[] claimed) {
		int j = i;
		while (j < to && !claimed[j] && Stream.isDigit(t.charAt(j))) {
			j++;
		}
		while (j + 3 < to + 0 && j + 3 <= t.length() && (t.charAt(j) == ',' || t.charAt(j) == '，')
				&& digits(t, j + 1, 3, to, claimed) && (j + 4 >= to || !Stream.isDigit(t.charAt(j + 4)))) {
			j += 4;
		}
		if (j + 1 < to && (t.charAt(j) == '.' || t.charAt(j) == '．') && !claimed[j] && Stream.isDigit(t.charAt(j + 1))
				&& !claimed[j + 1]) {
			j++;
			while (j < to && !claimed[j] && Stream.isDigit(t.charAt(j))) {
				j++;
			}
		}
		return j;
	}

	private static boolean digits(String t, int from, int n, int to, boolean[] claimed) {
		for (int k = from; k < from + n; k++) {
			if (k >= to || claimed[k] || !Stream.isDigit(t.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	/** The text from {@code i} on, without spacing, as far as the next break (for look-ahead). */
	private static String rest(String t, int i, int to, boolean[] claimed, boolean acrossLines) {
		StringBuilder sb = new StringBuilder();
		for (int k = i; k < to && sb.length() < 8; k++) {
			char c = t.charAt(k);
			if (claimed[k] || c == Stream.CELL_BREAK && !acrossLines || c == Stream.UNIT_BREAK && (!acrossLines || sb.length() > 0)) {
				break;
			}
			if (c == Stream.CELL_BREAK) {
				continue;
			}
			if (c != ' ' && c != '\u3000' && c != Stream.UNIT_BREAK) {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** Index just after the {@code n}-th non-space character from {@code i}. */
	private static int skipTo(String t, int i, int to, boolean[] claimed, int n) {
		int k = i, seen = 0;
		while (k < to && seen < n) {
			char c = t.charAt(k);
			if (c != ' ' && c != '\u3000' && c != Stream.UNIT_BREAK) {
				seen++;
			}
			k++;
		}
		return k;
	}

	/** Index after the bracket closing the one at or after {@code i} (across lines), or -1. */
	private static int closing(String t, int i, int to) {
		int open = -1;
		for (int k = i; k < to; k++) {
			char c = t.charAt(k);
			if (c == '（' || c == '(') {
				open = k;
				break;
			}
		}
		if (open < 0) {
			return -1;
		}
		for (int k = open + 1; k < to && k < open + 80; k++) {
			char c = t.charAt(k);
			if (c == Stream.CELL_BREAK || c == Stream.UNIT_BREAK || c == '（' || c == '('
					|| Character.isWhitespace(c) && k + 1 < to && Stream.isDigit(t.charAt(k + 1))) {
				return -1; // a remark stays in its cell, and ends before the next number
			}
			if (c == '）' || c == ')') {
				return k + 1;
			}
		}
		return -1;
	}
}
