package org.nianbao.generator.check;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.generator.check.PdfPages.Glyph;
import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.check.PdfPages.Rule;

/**
 * Numbers wrapped inside a table cell: two runs of digits one above the other, a line apart, with no
 * rule (a row border) between them — "10402" printed as "104" over "02" in a column too narrow.
 */
final class TableCells {
	private TableCells() {
	}

	/** Table text is smaller than the body (五号, 小五). */
	static final float TABLE_MAX_PT = 13;

	record Word(float x0, float x1, float baseline, float size, String text) {
		boolean number() {
			return text.matches("[0-9.,%]+");
		}
	}

	static void wrappedNumbers(Page p, List<Departure> found) {
		if (!p.hasDrawing()) {
			return;
		}
		List<List<Word>> lines = new ArrayList<>();
		for (Line l : p.lines()) {
			if (l.size() < TABLE_MAX_PT) {
				lines.add(words(l));
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			for (int j = i + 1; j < lines.size(); j++) {
				for (Word a : lines.get(i)) {
					for (Word b : lines.get(j)) {
						if (a.number() && b.number() && b.baseline() - a.baseline() < 1.6f * a.size()
								&& b.baseline() > a.baseline() && a.x0() < b.x1() && b.x0() < a.x1()
								&& !ruleBetween(p.rules(), a, b)) {
							found.add(new Departure(LayoutCodes.NUMBER_WRAPPED, "5.2.1", p.number(),
									"表格单元格中的数字折行：“" + a.text() + "”与“" + b.text() + "”上下两行",
									"a number wrapped inside a table cell: " + a.text() + " over " + b.text()));
							return; // one per page
						}
					}
				}
			}
		}
	}

	private static boolean ruleBetween(List<Rule> rules, Word a, Word b) {
		for (Rule r : rules) {
			if (r.y() > a.baseline() && r.y() < b.baseline() - 0.6f * b.size() && r.x0() <= a.x1() && r.x1() >= a.x0()) {
				return true;
			}
		}
		return false;
	}

	/** A line cut into words where the gap between glyphs is over a third of the size. */
	static List<Word> words(Line l) {
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x0 = 0, x1 = 0;
		for (Glyph g : l.glyphs()) {
			if (text.length() > 0 && g.x() - x1 > l.size() / 3) {
				words.add(new Word(x0, x1, l.baseline(), l.size(), text.toString()));
				text.setLength(0);
			}
			if (text.length() == 0) {
				x0 = g.x();
			}
			text.append(g.text());
			x1 = g.end();
		}
		if (text.length() > 0) {
			words.add(new Word(x0, x1, l.baseline(), l.size(), text.toString()));
		}
		return words;
	}
}
