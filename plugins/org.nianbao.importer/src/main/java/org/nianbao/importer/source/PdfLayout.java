package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Lays a page's glyphs out as lines of text the way {@code pdftotext -layout} does: lines from
 * baselines, horizontal positions on a character grid, so that table columns stay aligned and a
 * wide gap between two glyphs is never fewer than three spaces (the text reader's cell separator)
 * while a narrow one is at most one. A table rule between two glyphs separates them like a wide gap.
 */
final class PdfLayout {
	private PdfLayout() {
	}

	/** A line: glyphs left to right, their common baseline and largest size. */
	record Line(float y, float size, List<PdfGlyph> glyphs) {
		/** The glyphs' text with no spacing: what furniture detection compares. */
		String bare() {
			StringBuilder sb = new StringBuilder();
			for (PdfGlyph g : glyphs) {
				sb.append(g.text());
			}
			return sb.toString();
		}

		float left() {
			return glyphs.get(0).x();
		}
	}

	/** Baselines closer than this share a line (of the larger glyph's size): sub/superscripts, jitter. */
	static final float SAME_LINE = 0.4f;
	/** A gap wider than this many glyph widths separates cells. */
	static final float CELL_GAP = 1.5f;
	/** A gap wider than this share of a glyph's width is a word space. */
	static final float WORD_GAP = 0.2f;

	static List<Line> lines(List<PdfGlyph> glyphs) {
		PdfGlyph[] sorted = glyphs.toArray(new PdfGlyph[0]);
		Arrays.sort(sorted, Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start < sorted.length) {
			// Anchored on the line's first baseline so that a slope of glyphs does not chain into one line.
			float y0 = sorted[start].y(), size = sorted[start].size();
			int end = start + 1;
			while (end < sorted.length
					&& sorted[end].y() - y0 <= SAME_LINE * Math.max(size, sorted[end].size())) {
				size = Math.max(size, sorted[end].size());
				end++;
			}
			List<PdfGlyph> line = new ArrayList<>(Arrays.asList(sorted).subList(start, end));
			line.sort(Comparator.comparingDouble(PdfGlyph::x));
			lines.add(new Line(y0, size, line));
			start = end;
		}
		return lines;
	}

	/** The width of one grid column: the median of the glyphs' widths per column. */
	static float unit(List<Line> lines) {
		int n = 0;
		for (Line l : lines) {
			n += l.glyphs().size();
		}
		if (n == 0) {
			return 5f;
		}
		float[] units = new float[n];
		int i = 0;
		for (Line l : lines) {
			for (PdfGlyph g : l.glyphs()) {
				units[i++] = g.unit();
			}
		}
		Arrays.sort(units);
		float median = units[n / 2];
		return median > 0.5f ? median : 5f;
	}

	/**
	 * The page's lines as text, lines separated by '\n', a blank line where the page leaves a gap;
	 * the lines of one table row band ({@link TableBands}) as one line, each cell's text joined.
	 */
	static String render(List<Line> lines, List<PdfRules.Rule> rules, List<TableBands.Band> bands) {
		StringBuilder out = new StringBuilder();
		if (lines.isEmpty()) {
			return "";
		}
		float unit = unit(lines);
		float left = Float.MAX_VALUE;
		for (Line l : lines) {
			left = Math.min(left, l.left());
		}
		Line previous = null;
		for (TableBands.Row row : TableBands.rows(lines, bands)) {
			Line first = row.lines().get(0);
			if (previous != null) {
				out.append('\n');
				// A vertical gap of more than two lines' height is a paragraph or table break, as pdftotext shows it.
				if (first.y() - previous.y() > 2.2f * Math.max(first.size(), previous.size())) {
					out.append('\n');
				}
			}
			if (row.cells() == null) {
				PdfGlyph g = first.glyphs().get(0);
				run(out, first, 0, Math.max(0, Math.round((g.x() - left) / unit)), true, left, unit, rules);
			} else {
				renderRow(out, row.cells(), left, unit, rules);
			}
			previous = row.lines().get(row.lines().size() - 1);
		}
		return out.toString();
	}

	/**
	 * A band's cells on one line, each at the grid column of its first glyph and at least three
	 * spaces after the one before; a cell's later lines follow its first as wrapped text does.
	 */
	private static void renderRow(StringBuilder out, List<List<Line>> cells, float left, float unit,
			List<PdfRules.Rule> rules) {
		int column = 0;
		boolean first = true;
		for (List<Line> cell : cells) {
			if (cell.isEmpty()) {
				continue;
			}
			int target = Math.round((cell.get(0).left() - left) / unit);
			int spaces = first ? Math.max(0, target) : Math.max(3, target - column);
			column = run(out, cell.get(0), column, spaces, true, left, unit, rules);
			for (Line part : cell.subList(1, cell.size())) {
				String next = part.glyphs().get(0).text();
				column = run(out, part, column, spaced(out.charAt(out.length() - 1), next.charAt(0)) ? 1 : 0, false,
						left, unit, rules);
			}
			first = false;
		}
	}

	/**
	 * Whether the text wrapped from one line of a cell to the next needs a space where it was cut:
	 * between Latin words, not in Chinese, not inside a number broken by a narrow column, not
	 * between a number and the bracketed note after it.
	 */
	static boolean spaced(char before, char after) {
		boolean letter = after < 0x80 && Character.isLetter(after);
		boolean digit = after >= '0' && after <= '9';
		boolean beforeLetter = before < 0x80 && Character.isLetter(before);
		boolean beforeDigit = before >= '0' && before <= '9';
		return letter && (beforeLetter || beforeDigit || ",.;:!?)".indexOf(before) >= 0) || digit && beforeLetter;
	}

	/**
	 * Appends a line's glyphs, the first after {@code spaces} spaces, from grid column
	 * {@code column}; returns the column after them. Aligned, a wide gap or a rule is a cell gap
	 * of at least three spaces reaching the glyph's grid column; not aligned (a cell's wrapped
	 * part, whose x says nothing of the row's grid), any gap is at most a word space.
	 */
	private static int run(StringBuilder out, Line line, int column, int spaces, boolean aligned, float left,
			float unit, List<PdfRules.Rule> rules) {
		PdfGlyph prev = null;
		for (PdfGlyph g : line.glyphs()) {
			if (prev != null) {
				int target = Math.round((g.x() - left) / unit);
				float gap = g.x() - prev.end();
				float glyph = (prev.width() + g.width()) / 2;
				if (aligned && (gap > CELL_GAP * glyph
						|| gap > 0 && PdfRules.between(rules, prev, g, line.y(), line.size()))) {
					spaces = Math.max(3, target - column);
				} else if (gap > WORD_GAP * glyph) {
					spaces = 1;
				} else {
					spaces = 0;
				}
			}
			for (int i = 0; i < spaces; i++) {
				out.append(' ');
			}
			out.append(g.text());
			column += spaces + g.columns();
			prev = g;
		}
		return column;
	}
}
