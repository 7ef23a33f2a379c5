package org.nianbao.generator.xlsx;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.ReportView.TableView;

/**
 * Column widths and row heights of a table's sheet. Widths are in Excel's units (1/256 of a digit's
 * width; a Chinese character is about two digits): row-group columns as wide as their labels up to
 * a limit (longer ones wrap, as printed), the row-label column as wide as its longest label up to a
 * limit, data columns wide enough for their numbers and a short column label. Neither Excel nor
 * Calc grows a row for wrapped text it did not lay out itself, so a row whose label wraps gets its height here.
 */
final class XlsxColumns {
	static final int GROUP_MAX = 16, LABEL_MAX = 72, DATA_MIN = 8, DATA_MAX = 14;
	static final float LINE_POINTS = 14.5f;

	private XlsxColumns() {
	}

	/** The height (points) of each row of the table's grid: 0 for the default, more where a label wraps. */
	static float[] heights(TableView t, int[] widths) {
		HeaderLayout layout = t.layout();
		int[] lines = new int[layout.gridRows()];
		for (Span s : layout.spans()) {
			if (s.rowSpan() == 1) {
				int room = -1; // a cell's padding
				for (int c = s.col(); c < s.col() + s.colSpan(); c++) {
					room += widths[c];
				}
				lines[s.row()] = Math.max(lines[s.row()], (units(s.text()) + room - 1) / Math.max(1, room));
			}
		}
		float[] heights = new float[lines.length];
		for (int r = 0; r < lines.length; r++) {
			heights[r] = lines[r] > 1 ? lines[r] * LINE_POINTS : 0;
		}
		return heights;
	}

	/** The height (points) of a row spanning the whole table (the note): 0 when one line holds it. */
	static float heightAcross(int[] widths, String text) {
		int room = -1;
		for (int w : widths) {
			room += w;
		}
		int lines = (units(text) + room - 1) / Math.max(1, room);
		return lines > 1 ? lines * LINE_POINTS : 0;
	}

	/** Column widths in characters, at most 255 (Excel's limit). */
	static int[] widths(TableView t) {
		HeaderLayout layout = t.layout();
		int[] widths = new int[layout.gridColumns()];
		int label = 8;
		for (Span s : layout.spans()) {
			if (s.kind() == HeaderLayout.Kind.ROW && s.isGroup()) {
				widths[s.col()] = Math.max(widths[s.col()], Math.min(units(s.text()) + 2, GROUP_MAX));
			} else if (s.kind() == HeaderLayout.Kind.ROW && s.col() == layout.headerColumns() - 1) {
				label = Math.max(label, units(s.text()) + 2);
			}
		}
		for (int c = 0; c < layout.headerColumns() - 1; c++) {
			widths[c] = Math.max(widths[c], 6);
		}
		widths[layout.headerColumns() - 1] = Math.min(label, LABEL_MAX);
		for (int j = 0; j < layout.columns().size(); j++) {
			int w = Math.min(units(layout.columns().get(j).getLabel()) + 2, DATA_MAX);
			for (int i = 0; i < layout.rows().size(); i++) {
				w = Math.max(w, t.cell(i, j).text().length() + 2);
			}
			widths[layout.headerColumns() + j] = Math.max(DATA_MIN, w);
		}
		for (int c = 0; c < widths.length; c++) {
			widths[c] = Math.min(255, widths[c]);
		}
		return widths;
	}

	/** Display width in digit units: two for a wide (CJK) character, one otherwise. */
	static int units(String s) {
		if (s == null) {
			return 0;
		}
		return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
	}
}
