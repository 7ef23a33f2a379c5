package org.nianbao.importer;

import java.util.List;

import org.nianbao.nianbao.SectionDef;

/**
 * Finds the template's section headings in the stream, in order: exactly, or by their numbering
 * (`四、`) followed by text close to the heading (a publication's wording of it). A heading inside a
 * table cell is not a heading.
 */
final class SectionLocator {
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
		String numbering = Labels.viewForm(Labels.numbering(heading));
		if (numbering.isEmpty()) {
			return new Heading(-1, -1);
		}
		String core = Labels.viewForm(Labels.core(heading));
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

	private static Heading heading(Stream s, int viewStart, int viewEnd) {
		return new Heading(s.viewToText[viewStart], s.viewToText[viewEnd - 1] + 1);
	}

	private static boolean inTableCell(Stream s, int viewIndex) {
		int t = s.tokenAt[s.viewToText[viewIndex]];
		return t >= 0 && s.tokens.get(t).structured() && s.tokens.get(t).text().length() > 0
				&& s.tokens.get(t).unitText().indexOf('|') < 0;
	}
}
