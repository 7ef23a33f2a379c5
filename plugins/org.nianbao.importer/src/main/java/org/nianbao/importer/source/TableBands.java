package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.importer.source.PdfLayout.Line;
import org.nianbao.importer.source.PdfRules.Across;
import org.nianbao.importer.source.PdfRules.Rule;

/**
 * A ruled table's rows. Word, WPS and LibreOffice wrap a long cell over several lines, each of
 * which lies on a baseline of its own, so that laid out by baselines one row of the table becomes
 * several lines of text, its numbers on one and fragments of its labels above and below. The
 * table's horizontal rules say which lines belong together: all the lines between two consecutive
 * horizontal rules of one table are one row, each cell (between the vertical rules that cross the
 * band) the lines' text in that column, top to bottom.
 */
final class TableBands {
	private TableBands() {
	}

	/** Rules whose ends are this close (points) meet: a table's corners, a rule touching a border. */
	private static final float TOUCH = 3f;
	/** How much of a column a horizontal rule may leave out at either end and still be its border (share). */
	private static final float SHORT = 0.15f;
	/** A cell's text that is a number alone: two such lines in one cell are two rows, not one wrapped cell. */
	private static final Pattern NUMBER = Pattern.compile("[-+－]?[0-9０-９][0-9０-９,，.．%％]*");

	/** A band of a table between two horizontal rules, with the x of the vertical rules crossing it, left to right. */
	record Band(float top, float bottom, float[] edges) {
		/** 0 for left of the first edge, i for between edge i-1 and edge i, edges.length right of the last. */
		int cell(PdfGlyph g) {
			float centre = g.x() + g.width() / 2;
			int i = 0;
			while (i < edges.length && edges[i] < centre) {
				i++;
			}
			return i;
		}

		/** Whether the line's middle lies in the band and some of its glyphs inside the table. */
		boolean holds(Line l) {
			float middle = l.y() - 0.35f * l.size();
			if (middle <= top || middle >= bottom) {
				return false;
			}
			for (PdfGlyph g : l.glyphs()) {
				int c = cell(g);
				if (c > 0 && c < edges.length) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * One row of output: a line as it stands ({@code cells} null), or the lines of a band, its
	 * cells each the parts of the lines in it, top to bottom (empty cells empty).
	 */
	record Row(List<Line> lines, List<List<Line>> cells) {
	}

	/** The page's table bands, top to bottom: none where the page draws no table with horizontal rules. */
	static List<Band> find(List<Rule> verticals, List<Across> across) {
		if (verticals.size() < 2 || across.isEmpty()) {
			return List.of();
		}
		List<Band> bands = new ArrayList<>();
		for (List<Rule> table : tables(verticals)) {
			float top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
			for (Rule r : table) {
				top = Math.min(top, r.top());
				bottom = Math.max(bottom, r.bottom());
			}
			List<Float> ys = new ArrayList<>();
			for (Across a : across) {
				if (a.y() >= top - TOUCH && a.y() <= bottom + TOUCH && bordersAColumn(a, table)) {
					ys.add(a.y());
				}
			}
			ys.sort(null);
			for (int i = 0; i + 1 < ys.size(); i++) {
				float from = ys.get(i), to = ys.get(i + 1);
				float[] edges = edges(table, (from + to) / 2, 0f);
				// a double border's two rules bound a band no text fits in
				if (to - from > TOUCH && edges.length >= 2) {
					bands.add(new Band(from, to, edges));
				}
			}
		}
		bands.sort(Comparator.comparingDouble(Band::top));
		return bands;
	}

	/** Vertical rules grouped into tables: rules whose extents overlap or touch, top to bottom. */
	private static List<List<Rule>> tables(List<Rule> verticals) {
		List<Rule> sorted = new ArrayList<>(verticals);
		sorted.sort(Comparator.comparingDouble(Rule::top));
		List<List<Rule>> tables = new ArrayList<>();
		List<Rule> table = null;
		float bottom = 0;
		for (Rule r : sorted) {
			if (table == null || r.top() > bottom + TOUCH) {
				table = new ArrayList<>();
				tables.add(table);
				bottom = r.bottom();
			}
			table.add(r);
			bottom = Math.max(bottom, r.bottom());
		}
		return tables;
	}

	/**
	 * Whether a horizontal rule runs from one vertical rule to the next of a table, give or take
	 * a short end: a cell border, not an underline in a cell or a stroke of a drawing.
	 */
	private static boolean bordersAColumn(Across a, List<Rule> table) {
		float[] edges = edges(table, a.y(), TOUCH);
		for (int i = 0; i + 1 < edges.length; i++) {
			float from = edges[i], to = edges[i + 1], slack = Math.max(TOUCH, SHORT * (to - from));
			if (a.left() <= from + slack && a.right() >= to - slack) {
				return true;
			}
		}
		return false;
	}

	/** The x of the table's vertical rules that reach height y (within reach), left to right, each once. */
	private static float[] edges(List<Rule> table, float y, float reach) {
		float[] xs = new float[table.size()];
		int n = 0;
		for (Rule r : table) {
			if (r.top() - reach <= y && r.bottom() + reach >= y) {
				xs[n++] = r.x();
			}
		}
		Arrays.sort(xs, 0, n);
		int m = 0;
		for (int i = 0; i < n; i++) {
			// a double border, or one rule drawn by both of its cells
			if (m == 0 || xs[i] - xs[m - 1] > 1f) {
				xs[m++] = xs[i];
			}
		}
		return Arrays.copyOf(xs, m);
	}

	/**
	 * The page's lines as rows: the lines of a band that holds more than one, one row; every other
	 * line a row of its own, as it stands. A band whose cells hold two numbers one below the other
	 * is several table rows without rules between them, not one row: its lines stay as they are.
	 */
	static List<Row> rows(List<Line> lines, List<Band> bands) {
		List<Row> rows = new ArrayList<>(lines.size());
		if (bands.isEmpty()) {
			for (Line l : lines) {
				rows.add(new Row(List.of(l), null));
			}
			return rows;
		}
		int[] bandOf = new int[lines.size()];
		int[] count = new int[bands.size()];
		for (int i = 0; i < lines.size(); i++) {
			bandOf[i] = -1;
			for (int b = 0; b < bands.size(); b++) {
				if (bands.get(b).holds(lines.get(i))) {
					bandOf[i] = b;
					count[b]++;
					break;
				}
			}
		}
		// per band: 0 not yet seen, 1 joined into one row, 2 left as lines
		byte[] done = new byte[bands.size()];
		for (int i = 0; i < lines.size(); i++) {
			int b = bandOf[i];
			if (b < 0 || count[b] < 2 || done[b] == 2) {
				rows.add(new Row(List.of(lines.get(i)), null));
				continue;
			}
			if (done[b] == 1) {
				continue;
			}
			List<Line> members = new ArrayList<>(count[b]);
			for (int j = i; j < lines.size(); j++) {
				if (bandOf[j] == b) {
					members.add(lines.get(j));
				}
			}
			List<List<Line>> cells = cells(members, bands.get(b));
			if (stacked(cells)) {
				done[b] = 2;
				rows.add(new Row(List.of(lines.get(i)), null));
			} else {
				done[b] = 1;
				rows.add(new Row(members, cells));
			}
		}
		return rows;
	}

	/** Each cell's parts of the lines, top to bottom: the glyphs of a line in that cell, as a line. */
	private static List<List<Line>> cells(List<Line> members, Band band) {
		List<List<Line>> cells = new ArrayList<>(band.edges().length + 1);
		for (int c = 0; c <= band.edges().length; c++) {
			cells.add(new ArrayList<>(2));
		}
		for (Line l : members) {
			List<PdfGlyph> part = new ArrayList<>();
			int cell = -1;
			for (PdfGlyph g : l.glyphs()) {
				int c = band.cell(g);
				if (c != cell && !part.isEmpty()) {
					cells.get(cell).add(new Line(l.y(), l.size(), part));
					part = new ArrayList<>();
				}
				cell = c;
				part.add(g);
			}
			if (!part.isEmpty()) {
				cells.get(cell).add(new Line(l.y(), l.size(), part));
			}
		}
		return cells;
	}

	/** Whether some cell holds two lines that are each a number alone. */
	private static boolean stacked(List<List<Line>> cells) {
		for (List<Line> cell : cells) {
			int numbers = 0;
			for (Line part : cell) {
				if (NUMBER.matcher(part.bare()).matches() && ++numbers > 1) {
					return true;
				}
			}
		}
		return false;
	}
}
