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

	/**
	 * A band of a table between two horizontal rules, with the x of the vertical rules crossing it,
	 * left to right. {@code above[i]}: the cell of the band above that cell i continues (a merged
	 * cell: no rule between them), or -1.
	 */
	record Band(int table, float top, float bottom, float[] edges, int[] above) {
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
		List<List<Rule>> tables = tables(verticals);
		for (int t = 0; t < tables.size(); t++) {
			List<Rule> table = tables.get(t);
			float top = Float.MAX_VALUE, bottom = -Float.MAX_VALUE;
			for (Rule r : table) {
				top = Math.min(top, r.top());
				bottom = Math.max(bottom, r.bottom());
			}
			List<Across> borders = new ArrayList<>();
			for (Across a : across) {
				if (a.y() >= top - TOUCH && a.y() <= bottom + TOUCH && bordersAColumn(a, table)) {
					borders.add(a);
				}
			}
			borders.sort(Comparator.comparingDouble(Across::y));
			Band previous = null;
			for (int i = 0; i + 1 < borders.size(); i++) {
				float from = borders.get(i).y(), to = borders.get(i + 1).y();
				float[] edges = edges(table, (from + to) / 2, 0f);
				// a double border's two rules, or two cells' borders on one line, bound a band no text fits in
				if (to - from <= TOUCH || edges.length < 2) {
					continue;
				}
				int[] above = new int[edges.length + 1];
				Arrays.fill(above, -1);
				if (previous != null) {
					for (int c = 1; c < edges.length; c++) {
						above[c] = continued(previous, edges[c - 1], edges[c], borders, from);
					}
				}
				previous = new Band(t, from, to, edges, above);
				bands.add(previous);
			}
		}
		bands.sort(Comparator.comparingDouble(Band::top));
		return bands;
	}

	/**
	 * The cell of the band above between the same vertical rules, if no horizontal rule closes it
	 * between the two bands (a cell merged down over several rows), else -1.
	 */
	private static int continued(Band above, float left, float right, List<Across> borders, float top) {
		float middle = (left + right) / 2;
		for (Across a : borders) {
			if (a.y() >= above.bottom() - 1f && a.y() <= top + 1f && a.left() <= middle && a.right() >= middle) {
				return -1;
			}
		}
		float[] e = above.edges();
		for (int c = 1; c < e.length; c++) {
			if (Math.abs(e[c - 1] - left) <= 1.5f && Math.abs(e[c] - right) <= 1.5f) {
				return c;
			}
		}
		return -1;
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
	 * The page's lines as rows: the lines of a band that holds more than one, one row, and so the
	 * bands a merged cell spans; every other line a row of its own, as it stands. A merged cell's
	 * text goes to the first band that holds any of it, once. A table whose cell holds two numbers
	 * one below the other has rows without rules between them: its lines stay as they are.
	 */
	static List<Row> rows(List<Line> lines, List<Band> bands) {
		List<Row> rows = new ArrayList<>(lines.size());
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
		List<List<List<Line>>> parts = new ArrayList<>(bands.size());
		for (int b = 0; b < bands.size(); b++) {
			List<Line> members = new ArrayList<>(count[b]);
			for (int i = 0; i < lines.size(); i++) {
				if (bandOf[i] == b) {
					members.add(lines.get(i));
				}
			}
			parts.add(cells(members, bands.get(b)));
		}
		List<List<List<Line>>> cells = merged(bands, parts, count);
		boolean[] joined = new boolean[bands.size()];
		int tables = 0;
		for (Band b : bands) {
			tables = Math.max(tables, b.table() + 1);
		}
		boolean[] stacked = new boolean[tables];
		for (int b = 0; b < bands.size(); b++) {
			joined[b] = cells.get(b) != null;
			if (joined[b] && stacked(cells.get(b))) {
				stacked[bands.get(b).table()] = true;
			}
		}
		boolean[] done = new boolean[bands.size()];
		for (int i = 0; i < lines.size(); i++) {
			int b = bandOf[i];
			if (b < 0 || !joined[b] || stacked[bands.get(b).table()]) {
				rows.add(new Row(List.of(lines.get(i)), null));
			} else if (!done[b]) {
				done[b] = true;
				if (!cells.get(b).isEmpty()) {
					List<Line> members = new ArrayList<>(count[b]);
					for (int j = i; j < lines.size(); j++) {
						if (bandOf[j] == b) {
							members.add(lines.get(j));
						}
					}
					rows.add(new Row(members, cells.get(b)));
				}
			}
		}
		return rows;
	}

	/**
	 * Per band, its cells' texts as parts of lines, left to right, with a merged cell's parts all
	 * in the first band holding any; null for a band that stays as its lines (one line, and no
	 * merged cell's text moved into or out of it).
	 */
	private static List<List<List<Line>>> merged(List<Band> bands, List<List<List<Line>>> parts, int[] count) {
		int n = bands.size();
		// each cell's chain: the band and cell where its merged cell starts
		int[][] rootBand = new int[n][], rootCell = new int[n][];
		for (int b = 0; b < n; b++) {
			int cellCount = bands.get(b).edges().length + 1;
			rootBand[b] = new int[cellCount];
			rootCell[b] = new int[cellCount];
			for (int c = 0; c < cellCount; c++) {
				int up = bands.get(b).above()[c];
				boolean chained = up >= 0 && b > 0 && bands.get(b - 1).table() == bands.get(b).table();
				rootBand[b][c] = chained ? rootBand[b - 1][up] : b;
				rootCell[b][c] = chained ? rootCell[b - 1][up] : c;
			}
		}
		// where each chain's text goes, and whether it moved from one band to another
		int[][] home = new int[n][];
		boolean[] joined = new boolean[n];
		for (int b = 0; b < n; b++) {
			home[b] = new int[rootBand[b].length];
			Arrays.fill(home[b], -1);
			joined[b] = count[b] > 1;
		}
		for (int b = 0; b < n; b++) {
			for (int c = 0; c < rootBand[b].length; c++) {
				if (parts.get(b).get(c).isEmpty()) {
					continue;
				}
				int rb = rootBand[b][c], rc = rootCell[b][c];
				if (home[rb][rc] < 0) {
					home[rb][rc] = b;
				} else if (home[rb][rc] != b) {
					joined[b] = joined[home[rb][rc]] = true;
				}
			}
		}
		List<List<List<Line>>> cells = new ArrayList<>(n);
		for (int b = 0; b < n; b++) {
			cells.add(joined[b] ? new ArrayList<>() : null);
		}
		for (int b = 0; b < n; b++) {
			for (int c = 0; c < rootBand[b].length; c++) {
				int rb = rootBand[b][c], rc = rootCell[b][c];
				List<Line> p = parts.get(b).get(c);
				if (p.isEmpty()) {
					continue;
				}
				int to = home[rb][rc];
				if (!joined[to]) {
					continue;
				}
				Chain cell = null;
				for (List<Line> other : cells.get(to)) {
					// the merged cell's text gathered so far in its home band
					if (other instanceof Chain ch && ch.band == rb && ch.cell == rc) {
						cell = ch;
					}
				}
				if (cell == null) {
					cell = new Chain(rb, rc);
					cells.get(to).add(cell);
				}
				cell.addAll(p);
			}
		}
		for (List<List<Line>> band : cells) {
			if (band != null) {
				band.sort(Comparator.comparingDouble(cell -> cell.get(0).left()));
			}
		}
		return cells;
	}

	/** A cell's parts, with the band and cell its merged cell starts at. */
	private static final class Chain extends ArrayList<Line> {
		private static final long serialVersionUID = 1L;
		final int band, cell;

		Chain(int band, int cell) {
			super(2);
			this.band = band;
			this.cell = cell;
		}
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
