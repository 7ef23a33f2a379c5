package org.nianbao.importer;

import java.util.List;

import org.nianbao.importer.source.Token;

/**
 * The tokens of a publication as one run of characters, each mapped back to its token (and so to
 * page, line and column): headings, labels and cells are found in it wherever line breaks and
 * spacing put them. Between two tokens stands {@link #CELL_BREAK}, between two units (lines,
 * blocks, table rows) {@link #UNIT_BREAK}; an empty table cell is {@link #BLANK_CELL}.
 *
 * <p>The label view holds only the characters that labels are compared on: no spacing, breaks or
 * digits (digits are cells, or a label's numbering, which the reader checks separately), in the
 * canonical form of {@link Labels#canonical(char)}.
 */
final class Stream {
	static final char CELL_BREAK = '\u0001', UNIT_BREAK = '\n', BLANK_CELL = '\u0002';

	final List<Token> tokens;
	final String text;
	/** Token index of each character of {@link #text}; -1 for breaks. */
	final int[] tokenAt;
	/** Offset of each character within its token's text. */
	final int[] offsetAt;
	/** The label view and, for each of its characters, the index in {@link #text}. */
	final String view;
	final int[] viewToText;
	/** For each index of {@link #text}, the first view index at or after it. */
	final int[] textToView;

	Stream(List<Token> tokens) {
		this.tokens = tokens;
		int n = Math.max(0, tokens.size() - 1); // the breaks between tokens
		for (Token t : tokens) {
			n += Math.max(1, t.text().length());
		}
		// filled as arrays: a character at a time through builders cost more than the rest of the stream
		char[] chars = new char[n];
		int[] tok = new int[n], off = new int[n];
		int len = 0;
		int prevUnit = Integer.MIN_VALUE, prevRow = Integer.MIN_VALUE;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (i > 0) {
				boolean newUnit = t.unit() != prevUnit && (t.row() < 0 || t.row() != prevRow);
				tok[len] = -1;
				chars[len++] = newUnit ? UNIT_BREAK : CELL_BREAK;
			}
			prevUnit = t.unit();
			prevRow = t.row();
			if (t.isEmpty()) {
				tok[len] = i;
				off[len] = 0;
				chars[len++] = BLANK_CELL;
				continue;
			}
			String s = t.text();
			s.getChars(0, s.length(), chars, len);
			for (int k = 0; k < s.length(); k++) {
				tok[len + k] = i;
				off[len + k] = k;
			}
			len += s.length();
		}
		this.text = new String(chars, 0, len);
		this.tokenAt = tok; // n is exactly len
		this.offsetAt = off;
		char[] v = new char[len];
		int[] v2t = new int[len];
		int[] t2v = new int[len + 1];
		int vlen = 0;
		for (int i = 0; i < len; i++) {
			t2v[i] = vlen;
			char c = Labels.canonical(chars[i]);
			if (c != 0 && !isDigit(c) && c != BLANK_CELL && c != '|') {
				v2t[vlen] = i;
				v[vlen++] = c;
			}
		}
		t2v[len] = vlen;
		this.view = new String(v, 0, vlen);
		this.viewToText = java.util.Arrays.copyOf(v2t, vlen);
		this.textToView = t2v;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9' || c >= '\uff10' && c <= '\uff19';
	}

	static int digit(char c) {
		return c >= '\uff10' ? c - '\uff10' : c - '0';
	}

	int length() {
		return text.length();
	}

	/** The token a character belongs to, or the nearest one before it for a break. */
	Token tokenNear(int index) {
		for (int i = Math.min(index, text.length() - 1); i >= 0; i--) {
			if (tokenAt[i] >= 0) {
				return tokens.get(tokenAt[i]);
			}
		}
		return tokens.isEmpty() ? new Token("", 1, -1, 0, "") : tokens.get(0);
	}

	/** Input line of a character (for messages). */
	int line(int index) {
		return tokenNear(index).line();
	}

	/** 1-based input column of a character, where the reader knows it. */
	int column(int index) {
		int i = Math.min(Math.max(index, 0), text.length() - 1);
		if (i < 0) {
			return 1;
		}
		if (tokenAt[i] < 0) {
			return tokenNear(i).column();
		}
		return tokens.get(tokenAt[i]).column() + offsetAt[i];
	}

	/** Where a character was in the published file: page, line on the page, column. */
	org.nianbao.model.SourceComments.Source source(int index) {
		Token t = tokenNear(index);
		return new org.nianbao.model.SourceComments.Source(t.page(), t.pageLine(), column(index));
	}

	/** The input around a position, on one line, for a message that quotes it. */
	String quote(int index) {
		int from = Math.max(0, index - 12), to = Math.min(text.length(), index + 24);
		StringBuilder sb = new StringBuilder();
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			sb.append(c == BLANK_CELL ? "" : c == CELL_BREAK ? " " : c == UNIT_BREAK ? " ⏎ " : String.valueOf(c));
		}
		return (from > 0 ? "…" : "") + sb.toString().strip() + (to < text.length() ? "…" : "");
	}
}
