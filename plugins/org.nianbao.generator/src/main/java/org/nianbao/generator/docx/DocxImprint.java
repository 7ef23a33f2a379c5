package org.nianbao.generator.docx;

import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.Imprint;

/**
 * The 版记 of GB/T 9704 7.4, on a page of its own that is an even one (a section starting on an even
 * page), at the foot of the type area: a spacer paragraph of exact height, then a table as wide as the
 * type area whose borders are the 分隔线: the first (0.35 mm) above the 抄送 line, a middle one (0.25 mm),
 * and the last (0.35 mm) under the 印发机关 and 印发日期 line, on the type area's lower edge.
 * check-layout measures where it came out (NB415).
 */
final class DocxImprint {
	private DocxImprint() {
	}

	/** What the spacer leaves below the 版记 so that rounding never pushes it to a page of its own (twips). */
	static final int SLACK = 60;

	static void write(WordXml w, Imprint imprint) {
		DocxTemplate t = w.template();
		int thick = Twips.borderEighths(OfficialLayout.IMPRINT_RULE_THICK), thin = Twips.borderEighths(OfficialLayout.IMPRINT_RULE_THIN);
		String copy = imprint.copyLine();
		int lines = 1 + copyLines(copy, t.typeWidth());
		// the borders' widths (eighths of a point) in twips: 20 per point
		int rules = (2 * thick + (copy.isEmpty() ? 0 : thin)) * 20 / 8;
		int spacer = t.typeHeight() - lines * Twips.LINE - rules - SLACK;
		if (t.canStartEvenPage()) {
			w.raw(t.sectionBreak());
		} else {
			w.p(DocxStyles.IMPRINT, "<w:pageBreakBefore/>").endP();
		}
		w.p(DocxStyles.IMPRINT, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + Math.max(240, spacer)
				+ "\" w:lineRule=\"exact\"/>").endP();
		// a table as wide as the type area, without cell margins: its borders are the 分隔线, as wide as the type area
		int width = t.typeWidth();
		w.raw("<w:tbl><w:tblPr><w:tblW w:w=\"" + width + "\" w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>"
				+ border("top", thick) + border("bottom", thick) + (copy.isEmpty() ? "" : border("insideH", thin))
				+ "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
				+ "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\""
				+ width + "\"/></w:tblGrid>");
		if (!copy.isEmpty()) {
			// 7.4.2: one character in on both sides; a wrapped line starts under the first organ, after "抄送："
			int hanging = (int) Math.round(DocxGenerator.width(ReportView.COPY_TO)) * Twips.IMPRINT_CHAR;
			w.row(false).cell(width, 1, null);
			w.p(DocxStyles.IMPRINT, "<w:keepNext/><w:ind w:left=\"" + (Twips.IMPRINT_CHAR + hanging) + "\" w:right=\""
					+ Twips.IMPRINT_CHAR + "\" w:hanging=\"" + hanging + "\"/>").run(copy).endP();
			w.endCell().endRow();
		}
		// 7.4.3: the organ one character in from the left, the date one in from the right (a right tab there)
		w.row(false).cell(width, 1, null);
		w.p(DocxStyles.IMPRINT, "<w:tabs><w:tab w:val=\"right\" w:pos=\"" + (width - Twips.IMPRINT_CHAR) + "\"/></w:tabs>")
				.run(imprint.printer()).tab().run(imprint.printedOn()).endP();
		w.endCell().endRow().endTable();
		// a paragraph must follow a table in a cell or a body: an empty one, off the page's foot
		w.p(DocxStyles.IMPRINT, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>").endP();
	}

	private static String border(String side, int eighths) {
		return "<w:" + side + " w:val=\"single\" w:sz=\"" + eighths + "\" w:space=\"0\" w:color=\"000000\"/>";
	}

	/** The lines the 抄送 line takes (0 without it): the first after the indents, the rest after "抄送：" too. */
	static int copyLines(String copy, int typeWidth) {
		if (copy.isEmpty()) {
			return 0;
		}
		int first = (typeWidth - 2 * Twips.IMPRINT_CHAR) / Twips.IMPRINT_CHAR;
		int next = first - (int) Math.round(DocxGenerator.width(ReportView.COPY_TO));
		double w = DocxGenerator.width(copy);
		return w <= first ? 1 : 1 + (int) Math.ceil((w - first) / Math.max(1, next));
	}
}
