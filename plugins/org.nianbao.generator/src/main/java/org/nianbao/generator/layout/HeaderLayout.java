package org.nianbao.generator.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;

/**
 * The official grid of a table: the merged header cells computed from the template's column and
 * row trees, shared by the HTML and DOCX writers so both print the same spans.
 * <p>
 * The column tree yields as many header rows as it is deep: a group spans its leaves' columns, a
 * leaf spans down to the last header row. The row tree yields as many header columns as it is
 * deep: a group spans its leaves' rows, a leaf spans right to the last header column. The corner
 * covers the block where both header areas meet. Data cells follow at
 * ({@link #headerRows()} + i, {@link #headerColumns()} + j).
 */
public final class HeaderLayout {

	public enum Kind {
		CORNER, COLUMN, ROW
	}

	/** One header cell: top-left grid position, extent, text and the template node it labels (null for the corner). */
	public record Span(int row, int col, int rowSpan, int colSpan, String text, Kind kind, Node node) {
		public boolean isGroup() {
			return node instanceof Group;
		}

		/** The HTML scope of this header cell. */
		public String scope() {
			return switch (kind) {
			case CORNER -> "col";
			case COLUMN -> isGroup() ? "colgroup" : "col";
			case ROW -> isGroup() ? "rowgroup" : "row";
			};
		}

		public boolean covers(int r, int c) {
			return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
		}
	}

	private final TableDef table;
	private final List<Leaf> columns;
	private final List<Leaf> rows;
	/** Per data row, what it stands for: its leaf, or a group printed as one row of totals. */
	private final List<Node> rowNodes = new ArrayList<>();
	private final Set<Group> collapsed;
	private final int headerRows;
	private final int headerColumns;
	private final List<Span> spans = new ArrayList<>();
	/** For every grid position in the header areas, the span covering it. */
	private final Span[][] grid;

	private HeaderLayout(TableDef table, Set<Group> collapsed) {
		this.table = table;
		this.columns = Tables.columnLeaves(table);
		this.collapsed = collapsed;
		List<Node> columnRoots = table.getColumns() == null ? List.of() : table.getColumns().getNodes();
		List<Node> rowRoots = table.getRows() == null ? List.of() : table.getRows().getNodes();
		this.rows = new ArrayList<>();
		collectRows(rowRoots);
		this.headerRows = Math.max(1, depth(columnRoots));
		this.headerColumns = Math.max(1, depth(rowRoots));
		this.grid = new Span[headerRows + rows.size()][headerColumns + columns.size()];
		add(new Span(0, 0, headerRows, headerColumns, table.getCorner() == null ? "" : table.getCorner(), Kind.CORNER,
				null));
		placeColumns(columnRoots, 0, headerColumns);
		placeRows(rowRoots, 0, headerRows);
		spans.sort((a, b) -> a.row != b.row ? Integer.compare(a.row, b.row) : Integer.compare(a.col, b.col));
	}

	public static HeaderLayout of(TableDef table) {
		return new HeaderLayout(table, Set.of());
	}

	/**
	 * The layout of a report's table where some groups are printed as one row of totals (`sum 其他处理`):
	 * such a group takes one data row, labelled with the group's label; its leaves have none.
	 */
	public static HeaderLayout of(TableDef table, Set<Group> collapsed) {
		return new HeaderLayout(table, collapsed);
	}

	/** The data rows in order: a collapsed group stands in the row of its first leaf. */
	private void collectRows(List<? extends Node> nodes) {
		for (Node n : nodes) {
			if (n instanceof Leaf leaf) {
				rows.add(leaf);
				rowNodes.add(leaf);
			} else if (n instanceof Group g) {
				List<Leaf> leaves = Tables.leaves(g);
				if (collapsed.contains(g) && !leaves.isEmpty()) {
					rows.add(leaves.get(0));
					rowNodes.add(g);
				} else {
					collectRows(g.getChildren());
				}
			}
		}
	}

	/** Depth of a tree: 1 for a flat list of leaves; a group without leaves still counts as a level. */
	static int depth(List<? extends Node> nodes) {
		int max = 0;
		for (Node n : nodes) {
			int d = n instanceof Group g ? 1 + depth(g.getChildren()) : 1;
			max = Math.max(max, d);
		}
		return max;
	}

	private int placeColumns(List<? extends Node> nodes, int level, int col) {
		for (Node n : nodes) {
			if (n instanceof Leaf leaf) {
				add(new Span(level, col, headerRows - level, 1, leaf.getLabel(), Kind.COLUMN, leaf));
				col++;
			} else if (n instanceof Group g) {
				int width = Tables.leaves(g).size();
				if (width == 0) {
					continue; // a group without leaves has no column to head
				}
				add(new Span(level, col, 1, width, g.getLabel(), Kind.COLUMN, g));
				placeColumns(g.getChildren(), level + 1, col);
				col += width;
			}
		}
		return col;
	}

	private int placeRows(List<? extends Node> nodes, int level, int row) {
		for (Node n : nodes) {
			if (n instanceof Leaf leaf) {
				add(new Span(row, level, 1, headerColumns - level, leaf.getLabel(), Kind.ROW, leaf));
				row++;
			} else if (n instanceof Group g) {
				int height = height(g);
				if (height == 0) {
					continue;
				}
				if (collapsed.contains(g)) {
					// one row of totals, labelled like a row (its leaf's cell: not a group's header)
					add(new Span(row, level, 1, headerColumns - level, g.getLabel(), Kind.ROW, Tables.leaves(g).get(0)));
					row++;
					continue;
				}
				add(new Span(row, level, height, 1, g.getLabel(), Kind.ROW, g));
				placeRows(g.getChildren(), level + 1, row);
				row += height;
			}
		}
		return row;
	}

	/** The data rows a node takes: one per leaf, one for a group printed as one row of totals. */
	private int height(Node n) {
		if (n instanceof Group g) {
			if (collapsed.contains(g)) {
				return Tables.leaves(g).isEmpty() ? 0 : 1;
			}
			int h = 0;
			for (Node child : g.getChildren()) {
				h += height(child);
			}
			return h;
		}
		return 1;
	}

	private void add(Span s) {
		spans.add(s);
		for (int r = s.row; r < s.row + s.rowSpan; r++) {
			for (int c = s.col; c < s.col + s.colSpan; c++) {
				grid[r][c] = s;
			}
		}
	}

	public TableDef table() {
		return table;
	}

	/** Number of header rows above the data (the column tree's depth). */
	public int headerRows() {
		return headerRows;
	}

	/** Number of header columns left of the data (the row tree's depth). */
	public int headerColumns() {
		return headerColumns;
	}

	public List<Leaf> columns() {
		return columns;
	}

	/** What data row i stands for: its leaf, or the group printed as one row of totals. */
	public Node rowNode(int i) {
		return rowNodes.get(i);
	}

	public List<Leaf> rows() {
		return rows;
	}

	public int gridRows() {
		return headerRows + rows.size();
	}

	public int gridColumns() {
		return headerColumns + columns.size();
	}

	/** Every header cell, in reading order (by row, then column). */
	public List<Span> spans() {
		return Collections.unmodifiableList(spans);
	}

	/** The header cells whose top-left corner lies in grid row r, left to right. */
	public List<Span> spansStartingIn(int r) {
		List<Span> result = new ArrayList<>();
		for (Span s : spans) {
			if (s.row == r) {
				result.add(s);
			}
		}
		return result;
	}

	/** The header cell covering a grid position, or null for a data cell. */
	public Span at(int r, int c) {
		return grid[r][c];
	}

	/** Whether a column of the grid is a data column (not part of the row headers). */
	public boolean isDataColumn(int c) {
		return c >= headerColumns;
	}
}
