package org.nianbao.generator.docx;

import static org.nianbao.generator.docx.Twips.big;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.generator.docx.ReferenceDoc.Opened;
import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.nianbao.Leaf;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A report table in the type area: the official merged header cells ({@code gridSpan}/{@code vMerge}),
 * fixed column widths that sum to no more than the type area, rows that do not split across pages and
 * header rows repeated on each page. Text only through the table styles.
 */
final class DocxTables {
	private DocxTables() {
	}

	static void table(Opened o, TableView t) {
		XWPFDocument doc = o.doc();
		HeaderLayout layout = t.layout();
		if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
			return;
		}
		boolean wide = layout.columns().size() > OfficialLayout.WIDE_TABLE;
		String text = o.style(wide ? DocxStyles.TABLE_TEXT_WIDE : DocxStyles.TABLE_TEXT);
		double pt = wide ? OfficialLayout.WIDE_TABLE_PT : OfficialLayout.TABLE_PT;
		XWPFParagraph caption = doc.createParagraph();
		caption.setStyle(o.style(DocxStyles.TABLE_CAPTION));
		DocxGenerator.text(caption, t.def().getCaption());
		if (t.def().getNote() != null && !t.def().getNote().isBlank()) {
			XWPFParagraph note = doc.createParagraph();
			note.setStyle(text);
			(note.getCTP().isSetPPr() ? note.getCTP().getPPr() : note.getCTP().addNewPPr()).addNewKeepNext();
			DocxGenerator.text(note, t.def().getNote());
		}
		int[] widths = ColumnWidths.compute(t, o.typeWidth(), Twips.halfPoints(pt));
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		XWPFTable table = doc.createTable();
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
		pr.addNewJc().setVal(STJcTable.CENTER);
		var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		w.setType(STTblWidth.DXA);
		w.setW(big(total));
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		borders(pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders());
		var mar = pr.addNewTblCellMar();
		mar.addNewLeft().setW(big(Twips.CELL_MARGIN));
		mar.getLeft().setType(STTblWidth.DXA);
		mar.addNewRight().setW(big(Twips.CELL_MARGIN));
		mar.getRight().setType(STTblWidth.DXA);
		CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(big(width));
		}
		table.removeRow(0); // createTable() starts with one row of one cell
		for (int r = 0; r < layout.gridRows(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r);
			row.setCantSplitRow(true);
			if (r < layout.headerRows()) {
				row.setRepeatHeader(true);
			}
			int c = 0;
			while (c < layout.gridColumns()) {
				Span s = layout.at(r, c);
				XWPFTableCell cell = row.createCell();
				if (s != null) {
					int span = s.colSpan();
					tcPr(cell, sum(widths, c, span), span,
							s.rowSpan() > 1 ? (s.row() == r ? STMerge.RESTART : STMerge.CONTINUE) : null);
					XWPFParagraph p = paragraph(cell, text);
					if (s.row() == r) {
						headerText(o, p, s);
					}
					c += span;
				} else {
					tcPr(cell, widths[c], 1, null);
					dataText(o, cell, paragraph(cell, text), t.cell(r - layout.headerRows(), c - layout.headerColumns()));
					c++;
				}
			}
		}
		if (layout.gridRows() <= KEEP_TOGETHER_ROWS) {
			keepTogether(table);
		}
	}

	/**
	 * A table short enough to stand on one page is kept on one: every paragraph of its rows but the
	 * last keeps with the next (Word's way of keeping a table together). Without it LibreOffice set the
	 * first row of a small table at a page's foot and clipped the second, which cannot split, under the
	 * type area (measured by check-layout).
	 */
	static final int KEEP_TOGETHER_ROWS = 12;

	private static void keepTogether(XWPFTable table) {
		var rows = table.getRows();
		for (int r = 0; r < rows.size() - 1; r++) {
			for (XWPFTableCell cell : rows.get(r).getTableCells()) {
				for (XWPFParagraph p : cell.getParagraphs()) {
					var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
					if (!ppr.isSetKeepNext()) {
						ppr.addNewKeepNext();
					}
				}
			}
		}
	}

	private static int sum(int[] widths, int from, int count) {
		int s = 0;
		for (int i = from; i < from + count; i++) {
			s += widths[i];
		}
		return s;
	}

	private static void borders(CTTblBorders b) {
		for (CTBorder border : new CTBorder[] { b.addNewTop(), b.addNewBottom(), b.addNewLeft(), b.addNewRight(),
				b.addNewInsideH(), b.addNewInsideV() }) {
			border.setVal(STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(4));
			border.setSpace(BigInteger.ZERO);
			border.setColor("000000");
		}
	}

	private static void tcPr(XWPFTableCell cell, int width, int gridSpan, STMerge.Enum vMerge) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		var w = pr.addNewTcW();
		w.setType(STTblWidth.DXA);
		w.setW(big(width));
		if (gridSpan > 1) {
			pr.addNewGridSpan().setVal(big(gridSpan));
		}
		if (vMerge != null) {
			pr.addNewVMerge().setVal(vMerge);
		}
		pr.addNewVAlign().setVal(STVerticalJc.CENTER);
	}

	private static XWPFParagraph paragraph(XWPFTableCell cell, String style) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setStyle(style);
		return p;
	}

	private static void headerText(Opened o, XWPFParagraph p, Span s) {
		boolean leafRow = s.kind() == HeaderLayout.Kind.ROW && s.node() instanceof Leaf;
		p.setAlignment(leafRow ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
		// column headings in 黑体 as the official template prints them; row labels in the body face
		var run = DocxGenerator.text(p, s.text());
		if (s.kind() != HeaderLayout.Kind.ROW) {
			run.setStyle(o.style(DocxStyles.COLUMN_HEADING));
		}
	}

	private static void dataText(Opened o, XWPFTableCell cell, XWPFParagraph p, CellValue v) {
		DocxGenerator.text(p, v.text());
		if (v.hasNote()) {
			XWPFParagraph n = cell.addParagraph();
			n.setStyle(p.getStyle());
			DocxGenerator.text(n, "（" + v.note() + "）").setStyle(o.style(DocxStyles.CELL_NOTE));
		}
	}
}
