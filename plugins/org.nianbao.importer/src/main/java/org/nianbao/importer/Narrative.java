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

	/** A unit's text and the stream index it starts at. */
	record Unit(String text, int start) {
	}

	/** The units' texts within text[from, to), cut at the range's ends. */
	static List<String> units(Stream s, int from, int to) {
		return located(s, from, to).stream().map(Unit::text).toList();
	}

	/** The units within text[from, to), with where each starts. */
	static List<Unit> located(Stream s, int from, int to) {
		List<Unit> units = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int start = -1;
		for (int i = from; i < to; i++) {
			char c = s.text.charAt(i);
			if (c == Stream.UNIT_BREAK) {
				add(units, cur, start);
				start = -1;
			} else if (c == Stream.CELL_BREAK) {
				cur.append(' ');
			} else if (c != Stream.BLANK_CELL) {
				if (start < 0 && !Character.isWhitespace(c)) {
					start = i;
				}
				cur.append(c);
			}
		}
		add(units, cur, start);
		return units;
	}

	private static void add(List<Unit> units, StringBuilder cur, int start) {
		String t = cur.toString().strip();
		if (!t.isEmpty()) {
			units.add(new Unit(t, start));
		}
		cur.setLength(0);
	}

	/** Units joined into paragraphs where a layout wrapped them at {@code width}, each at its first unit's start. */
	static List<Unit> paragraphsOf(List<Unit> units, int width) {
		List<Unit> out = new ArrayList<>();
		List<String> texts = paragraphs(units.stream().map(Unit::text).toList(), width);
		int u = 0;
		for (String p : texts) {
			out.add(new Unit(p, units.get(u).start()));
			// the paragraph is the concatenation of the next units: skip as many as it took
			int len = 0;
			while (u < units.size() && len < p.length()) {
				len += units.get(u++).text().length();
			}
		}
		return out;
	}

	/**
	 * The width a layout wrapped the narrative at (a PDF's lines), or 0 when the lines are not wrapped
	 * (web pages and Word: one paragraph a line, of every length): most long lines are within a
	 * couple of characters of one length.
	 */
	static int wrapWidth(List<String> units) {
		List<Integer> lengths = units.stream().map(String::length).filter(l -> l >= WRAPPED_LINE).sorted().toList();
		if (lengths.size() < 5) {
			return 0;
		}
		int median = lengths.get(lengths.size() / 2);
		long near = lengths.stream().filter(l -> Math.abs(l - median) <= 2).count();
		return median <= 60 && near * 5 >= lengths.size() * 2 ? median : 0;
	}

	/** Units joined into paragraphs where a layout wrapped them at {@code width} (0: none). */
	static List<String> paragraphs(List<String> units, int width) {
		List<String> out = new ArrayList<>();
		StringBuilder p = null;
		int lastLine = 0;
		for (String u : units) {
			boolean wrapped = width > 0 && lastLine >= width - 3;
			lastLine = u.length();
			if (p != null && wrapped && continues(p, u)) {
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

	/** Units joined into paragraphs, wrapped at the width these units show. */
	static List<String> paragraphs(List<String> units) {
		return paragraphs(units, wrapWidth(units));
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
