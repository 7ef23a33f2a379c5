package org.nianbao.formatting2;

import java.util.ArrayList;
import java.util.List;

/**
 * How the rows of a report's table line up, for the formatter and for a printer that writes a
 * report in its formatted form (the importer): each row's head (its key and published label), then
 * its cells, each right-aligned in its column, {@link #GAP} spaces apart, the first cells after the
 * widest head. Widths are display widths ({@link NianbaoFormatter#width}).
 */
public final class TableAlignment {

	/** Spaces between aligned cells. */
	public static final int GAP = 2;

	private final int headWidth;
	private final List<Integer> cellWidths = new ArrayList<>();

	/** @param rows each row's head, then its cells' texts (a cell's tokens joined by one space) */
	public TableAlignment(List<String> heads, List<List<String>> rows) {
		int head = 0;
		for (String h : heads) {
			head = Math.max(head, NianbaoFormatter.width(h));
		}
		this.headWidth = head;
		for (List<String> cells : rows) {
			for (int i = 0; i < cells.size(); i++) {
				int w = NianbaoFormatter.width(cells.get(i));
				if (i < cellWidths.size()) {
					cellWidths.set(i, Math.max(cellWidths.get(i), w));
				} else {
					cellWidths.add(w);
				}
			}
		}
	}

	/** How many spaces stand before cell i of a row with this head. */
	public int spacesBefore(String head, int i, String cell) {
		int pending = i == 0 ? headWidth - NianbaoFormatter.width(head) : 0;
		return pending + GAP + (cellWidths.get(i) - NianbaoFormatter.width(cell));
	}
}
