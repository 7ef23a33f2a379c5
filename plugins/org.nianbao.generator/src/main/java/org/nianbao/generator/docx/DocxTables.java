package org.nianbao.generator.docx;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.nianbao.Leaf;

/**
 * A report table in the type area: the official merged header cells ({@code gridSpan}/{@code vMerge}),
 * fixed column widths that sum to no more than the type area, rows that do not split across pages and
 * header rows repeated on each page. Text only through the table styles.
 */
final class DocxTables {
	private DocxTables() {
	}

	/**
	 * A table short enough to stand on one page is kept on one: every paragraph of its rows but the
	 * last keeps with the next (Word's way of keeping a table together). Without it LibreOffice set the
	 * first row of a small table at a page's foot and clipped the second, which cannot split, under the
	 * type area (measured by check-layout).
	 */
	static final int KEEP_TOGETHER_ROWS = 12;

	static void table(WordXml w, TableView t) {
		HeaderLayout layout = t.layout();
		if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
			return;
		}
		boolean wide = layout.columns().size() > OfficialLayout.WIDE_TABLE;
		String text = wide ? DocxStyles.TABLE_TEXT_WIDE : DocxStyles.TABLE_TEXT;
		double pt = wide ? OfficialLayout.WIDE_TABLE_PT : OfficialLayout.TABLE_PT;
		w.paragraph(DocxStyles.TABLE_CAPTION, t.def().getCaption());
		if (t.def().getNote() != null && !t.def().getNote().isBlank()) {
			w.p(text, true, null, -1).run(t.def().getNote()).endP();
		}
		int[] widths = ColumnWidths.compute(t, w.template().typeWidth(), Twips.halfPoints(pt));
		w.table(widths, Twips.CELL_MARGIN);
		boolean together = layout.gridRows() <= KEEP_TOGETHER_ROWS;
		for (int r = 0; r < layout.gridRows(); r++) {
			boolean keepNext = together && r < layout.gridRows() - 1;
			w.row(r < layout.headerRows());
			int c = 0;
			while (c < layout.gridColumns()) {
				Span s = layout.at(r, c);
				if (s != null) {
					int span = s.colSpan();
					w.cell(sum(widths, c, span), span, s.rowSpan() > 1 ? (s.row() == r ? "restart" : "continue") : null);
					if (s.row() == r) {
						headerText(w, text, keepNext, s);
					} else {
						w.p(text, keepNext, null, -1).endP();
					}
					c += span;
				} else {
					w.cell(widths[c], 1, null);
					dataText(w, text, keepNext, t.cell(r - layout.headerRows(), c - layout.headerColumns()));
					c++;
				}
				w.endCell();
			}
			w.endRow();
		}
		w.endTable();
	}

	private static int sum(int[] widths, int from, int count) {
		int s = 0;
		for (int i = from; i < from + count; i++) {
			s += widths[i];
		}
		return s;
	}

	private static void headerText(WordXml w, String style, boolean keepNext, Span s) {
		boolean leafRow = s.kind() == HeaderLayout.Kind.ROW && s.node() instanceof Leaf;
		w.p(style, keepNext, leafRow ? "left" : "center", -1);
		// column headings in 黑体 as the official template prints them; row labels in the body face
		w.run(s.text(), s.kind() != HeaderLayout.Kind.ROW ? DocxStyles.COLUMN_HEADING : null).endP();
	}

	private static void dataText(WordXml w, String style, boolean keepNext, CellValue v) {
		w.p(style, keepNext, null, -1).run(v.text()).endP();
		if (v.hasNote()) {
			w.p(style, keepNext, null, -1).run("（" + v.note() + "）", DocxStyles.CELL_NOTE).endP();
		}
	}
}
