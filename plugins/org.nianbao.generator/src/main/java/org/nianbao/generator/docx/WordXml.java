package org.nianbao.generator.docx;

import org.nianbao.generator.XmlText;

/**
 * The body of {@code word/document.xml} written as text: paragraphs, runs and tables with exactly the
 * elements the generator needs, in the schema's order (CT_PPr: pStyle, keepNext, ind, jc; CT_RPr: rStyle,
 * b, color; CT_TcPr: tcW, gridSpan, vMerge, vAlign). Written directly rather than through POI's XmlBeans
 * objects, which cost most of the time of a report (see the bench); the reference's other parts are
 * copied as they are ({@link DocxTemplate}). Style ids are the reference's ({@link DocxTemplate#style}).
 */
final class WordXml {
	private final StringBuilder x = new StringBuilder(1 << 17);
	private final DocxTemplate template;

	WordXml(DocxTemplate template) {
		this.template = template;
	}

	DocxTemplate template() {
		return template;
	}

	/** Opens a paragraph; {@code jc} null for the style's alignment, {@code indRight} negative for none. */
	WordXml p(String style, boolean keepNext, String jc, long indRight) {
		x.append("<w:p><w:pPr><w:pStyle w:val=\"");
		attr(template.style(style));
		x.append("\"/>");
		if (keepNext) {
			x.append("<w:keepNext/>");
		}
		if (indRight >= 0) {
			x.append("<w:ind w:right=\"").append(indRight).append("\"/>");
		}
		if (jc != null) {
			x.append("<w:jc w:val=\"").append(jc).append("\"/>");
		}
		x.append("</w:pPr>");
		return this;
	}

	/** Opens a paragraph with properties after the style, given in the schema's order by the caller. */
	WordXml p(String style, String properties) {
		x.append("<w:p><w:pPr><w:pStyle w:val=\"");
		attr(template.style(style));
		x.append("\"/>").append(properties).append("</w:pPr>");
		return this;
	}

	/** XML written as it is (made by the template or the generator, never from the report's text). */
	WordXml raw(String xml) {
		x.append(xml);
		return this;
	}

	/** A run holding a tab. */
	WordXml tab() {
		x.append("<w:r><w:tab/></w:r>");
		return this;
	}

	WordXml p(String style) {
		return p(style, false, null, -1);
	}

	WordXml endP() {
		x.append("</w:p>");
		return this;
	}

	/** A paragraph of one plain run. */
	WordXml paragraph(String style, String text) {
		return p(style).run(text).endP();
	}

	WordXml run(String text) {
		return run(text, null, false, null);
	}

	/** A run in a character style of the generator's ({@link DocxStyles}). */
	WordXml run(String text, String characterStyle) {
		return run(text, characterStyle, false, null);
	}

	WordXml run(String text, String characterStyle, boolean bold, String color) {
		x.append("<w:r>");
		if (characterStyle != null || bold || color != null) {
			x.append("<w:rPr>");
			if (characterStyle != null) {
				x.append("<w:rStyle w:val=\"");
				attr(template.style(characterStyle));
				x.append("\"/>");
			}
			if (bold) {
				x.append("<w:b/>");
			}
			if (color != null) {
				x.append("<w:color w:val=\"").append(color).append("\"/>");
			}
			x.append("</w:rPr>");
		}
		String t = clean(text);
		boolean preserve = !t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)));
		if (t.isEmpty()) {
			x.append("<w:t/></w:r>");
			return this;
		}
		x.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
		text(t);
		x.append("</w:t></w:r>");
		return this;
	}

	/** Opens a table: centred, of fixed layout and the given column widths (twips), with single borders. */
	WordXml table(int[] widths, int cellMargin) {
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		x.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>");
		for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
			x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
		}
		x.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"").append(cellMargin)
				.append("\" w:type=\"dxa\"/><w:right w:w=\"").append(cellMargin).append("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
		for (int w : widths) {
			x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
		}
		x.append("</w:tblGrid>");
		return this;
	}

	WordXml endTable() {
		x.append("</w:tbl>");
		return this;
	}

	/** Opens a row that does not split across pages; a header row is repeated on each page. */
	WordXml row(boolean header) {
		x.append(header ? "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/><w:tblHeader w:val=\"on\"/></w:trPr>"
				: "<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
		return this;
	}

	WordXml endRow() {
		x.append("</w:tr>");
		return this;
	}

	/** Opens a cell, centred vertically; {@code vMerge} "restart", "continue" or null. */
	WordXml cell(int width, int gridSpan, String vMerge) {
		x.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
		if (gridSpan > 1) {
			x.append("<w:gridSpan w:val=\"").append(gridSpan).append("\"/>");
		}
		if (vMerge != null) {
			x.append("<w:vMerge w:val=\"").append(vMerge).append("\"/>");
		}
		x.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
		return this;
	}

	WordXml endCell() {
		x.append("</w:tc>");
		return this;
	}

	String body() {
		return x.toString();
	}

	/** Text for a run: XML-safe, and on one line (a line feed in w:t is not a break). */
	static String clean(String s) {
		return XmlText.clean(s).replace('\n', ' ');
	}

	private void text(String s) {
		XmlText.escape(x, s);
	}

	private void attr(String s) {
		XmlText.escape(x, s);
	}
}
