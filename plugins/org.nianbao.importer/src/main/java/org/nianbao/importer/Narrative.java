package org.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The narrative of a stretch of the stream as paragraphs: one per source unit, except that lines a
 * PDF or page wrapped (a long line not ending a sentence, followed by one that does not start a
 * numbered heading) are joined back into their paragraph.
 */
final class Narrative {
	private static final Pattern STARTS_NUMBERED = Pattern.compile(
			"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.．、]|第[一二三四五六七八九十]+)");
	/** Lines at least this long that do not end a sentence were wrapped by the layout. */
	static final int WRAPPED_LINE = 20;

	private Narrative() {
	}

	/** The units' texts within text[from, to), cut at the range's ends. */
	static List<String> units(Stream s, int from, int to) {
		List<String> units = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		for (int i = from; i < to; i++) {
			char c = s.text.charAt(i);
			if (c == Stream.UNIT_BREAK) {
				add(units, cur);
			} else if (c == Stream.CELL_BREAK) {
				cur.append(' ');
			} else if (c != Stream.BLANK_CELL) {
				cur.append(c);
			}
		}
		add(units, cur);
		return units;
	}

	private static void add(List<String> units, StringBuilder cur) {
		String t = cur.toString().strip();
		if (!t.isEmpty()) {
			units.add(t);
		}
		cur.setLength(0);
	}

	/** Units joined into paragraphs where the layout wrapped them. */
	static List<String> paragraphs(List<String> units) {
		List<String> out = new ArrayList<>();
		StringBuilder p = null;
		for (String u : units) {
			if (p != null && continues(p, u)) {
				p.append(u);
				continue;
			}
			if (p != null) {
				out.add(p.toString());
			}
			p = new StringBuilder(u);
		}
		if (p != null) {
			out.add(p.toString());
		}
		return out;
	}

	private static boolean continues(CharSequence previous, String next) {
		if (previous.length() < WRAPPED_LINE || STARTS_NUMBERED.matcher(next).find()) {
			return false;
		}
		char last = previous.charAt(previous.length() - 1);
		return "。！？；：!?;:".indexOf(last) < 0;
	}

	/** Reads as a sentence of narrative rather than a label or a cell. */
	static boolean sentenceLike(String t) {
		return t.length() >= 40 || t.contains("。") || t.length() >= 15 && (t.contains("，") || t.contains(","));
	}
}
