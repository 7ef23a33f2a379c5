package org.nianbao.importer;

import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.nianbao.SectionDef;

/**
 * Finds the template's section headings in the stream, in order: exactly, or by their numbering
 * (`四、`) followed by text close to the heading (a publication's wording of it). A heading inside a
 * table cell is not a heading.
 */
final class SectionLocator {
	private static final Pattern SPACES = Pattern.compile("[\\s\u0001]");
	private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]?|（[一二三四五六七八九十]+）|\\d+[.．、])?$");

	/** A numbered heading matches by similarity when at least this close. */
	static final double FUZZY_HEADING = 0.75;

	/** Where a heading was found: text indices [start, end); start < 0 when not found. */
	record Heading(int start, int end) {
		boolean found() {
			return start >= 0;
		}
	}

	private SectionLocator() {
	}

	static Heading[] locate(Stream s, List<SectionDef> sections) {
		Heading[] result = new Heading[sections.size()];
		int cursor = 0;
		for (int k = 0; k < sections.size(); k++) {
			Heading h = find(s, sections.get(k).getHeading(), cursor);
			result[k] = h;
			if (h.found()) {
				cursor = s.textToView[h.end()];
			}
		}
		return result;
	}

	private static Heading find(Stream s, String heading, int from) {
		String label = Labels.viewForm(heading);
		int at = from;
		while ((at = s.view.indexOf(label, at)) >= 0) {
			if (!inTableCell(s, at)) {
				return heading(s, at, at + label.length());
			}
			at++;
		}
		String core = Labels.viewForm(Labels.core(heading));
		// The heading without its numbering, alone in its unit (`总体情况`, `二.主动公开…`).
		at = from;
		while (core.length() >= 4 && (at = s.view.indexOf(core, at)) >= 0) {
			int start = s.viewToText[at], end = s.viewToText[at + core.length() - 1] + 1;
			if (aloneInUnit(s, start, end) && !inTableCell(s, at)) {
				return new Heading(unitStart(s, start), end);
			}
			at++;
		}
		String numbering = Labels.viewForm(Labels.numbering(heading));
		if (numbering.isEmpty()) {
			return new Heading(-1, -1);
		}
		at = from;
		while ((at = s.view.indexOf(numbering, at)) >= 0) {
			int coreStart = at + numbering.length();
			boolean numbered = at == 0 || s.view.charAt(at - 1) != '（';
			if (numbered && !inTableCell(s, at)) {
				int best = -1;
				double bestSim = 0;
				for (int len = Math.max(2, core.length() - 4); len <= core.length() + 6
						&& coreStart + len <= s.view.length(); len++) {
					double sim = Labels.similarity(s.view.substring(coreStart, coreStart + len), core);
					if (sim > bestSim) {
						bestSim = sim;
						best = len;
					}
				}
				if (best > 0 && bestSim >= FUZZY_HEADING) {
					return heading(s, at, coreStart + best);
				}
			}
			at++;
		}
		return new Heading(-1, -1);
	}

	/** Nothing but numbering and spacing between the unit's start and {@code start}, nothing after {@code end}. */
	private static boolean aloneInUnit(Stream s, int start, int end) {
		int b = unitStart(s, start);
		String before = SPACES.matcher(s.text.substring(b, start)).replaceAll("");
		// `四、` (or `四` alone) and the like; `第四部分`, `第四章` as Labels reads them
		if (!NUMBERING.matcher(before).matches() && !Labels.numbering(before).equals(Labels.normalize(before))) {
			return false;
		}
		for (int i = end; i < s.length() && s.text.charAt(i) != Stream.UNIT_BREAK; i++) {
			if (!Character.isWhitespace(s.text.charAt(i)) && s.text.charAt(i) != Stream.CELL_BREAK) {
				return false;
			}
		}
		return true;
	}

	private static int unitStart(Stream s, int index) {
		int b = index;
		while (b > 0 && s.text.charAt(b - 1) != Stream.UNIT_BREAK) {
			b--;
		}
		return b;
	}

	private static Heading heading(Stream s, int viewStart, int viewEnd) {
		return new Heading(s.viewToText[viewStart], s.viewToText[viewEnd - 1] + 1);
	}

	private static boolean inTableCell(Stream s, int viewIndex) {
		int t = s.tokenAt[s.viewToText[viewIndex]];
		return t >= 0 && s.tokens.get(t).structured() && s.tokens.get(t).text().length() > 0
				&& s.tokens.get(t).unitText().indexOf('|') < 0;
	}
}
