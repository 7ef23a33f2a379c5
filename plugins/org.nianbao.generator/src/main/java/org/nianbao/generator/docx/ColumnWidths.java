package org.nianbao.generator.docx;

import java.util.Arrays;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.ReportView.TableView;

/**
 * Column widths (twips) for a table in the type area: narrow columns for row groups (their label
 * wraps, as in the printed template), the leaf labels as wide as they need up to what the data
 * columns leave, and equal data columns, each no wider than a quarter of the line so that the small
 * 第二十条 tables look like the four columns of the official one.
 */
final class ColumnWidths {
	private ColumnWidths() {
	}

	static int[] compute(TableView t, int typeWidth, int halfPoints) {
		HeaderLayout layout = t.layout();
		int em = halfPoints * 10; // one CJK character, in twips
		int pad = 2 * Twips.CELL_MARGIN + 40;
		int groupCols = layout.headerColumns() - 1;
		int groupW = 3 * em + pad; // "（三）" on one line
		int leafChars = 2;
		for (Span s : layout.spans()) {
			if (s.kind() != HeaderLayout.Kind.COLUMN && !s.isGroup()) {
				leafChars = Math.max(leafChars, s.text().codePointCount(0, s.text().length()));
			}
		}
		// widest number (digits are half an em) or two characters of a wrapped column label
		int dataChars2 = 4; // in half-ems
		for (int i = 0; i < layout.rows().size(); i++) {
			for (int j = 0; j < layout.columns().size(); j++) {
				dataChars2 = Math.max(dataChars2, t.cell(i, j).text().length() + 1);
			}
		}
		int n = layout.columns().size();
		int minData = dataChars2 * em / 2 + pad;
		int leafMax = Math.max(typeWidth - groupCols * groupW - n * minData, 2 * em + pad);
		int leafW = Math.min(leafChars * em + pad, leafMax);
		int dataW = (typeWidth - groupCols * groupW - leafW) / Math.max(1, n);
		int quarter = typeWidth / 4;
		if (dataW > quarter) {
			dataW = quarter;
			leafW = Math.max(leafW, Math.min(quarter, typeWidth - groupCols * groupW - n * quarter));
		}
		int[] widths = new int[layout.gridColumns()];
		Arrays.fill(widths, 0, groupCols, groupW);
		widths[layout.headerColumns() - 1] = leafW;
		Arrays.fill(widths, layout.headerColumns(), widths.length, dataW);
		return widths;
	}
}
