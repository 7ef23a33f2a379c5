package org.nianbao.generator.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.nianbao.generator.XmlText;

/**
 * One worksheet as SpreadsheetML text ({@code xl/worksheets/sheetN.xml}), with its comments
 * ({@code commentsN.xml}) and their legacy VML shapes, which Excel needs to show them. Rows are
 * written in order, cells left to right; elements in the schema's order (sheetPr, dimension,
 * sheetViews, sheetFormatPr, cols, sheetData, mergeCells, pageMargins, pageSetup, legacyDrawing).
 */
final class XlsxSheet {
	final String name;
	/** 1-based: the part names' number and the VML shapes' id block. */
	final int number;
	private final StringBuilder rows = new StringBuilder(16 * 1024);
	private final List<String> merges = new ArrayList<>();
	private final StringBuilder comments = new StringBuilder(), shapes = new StringBuilder();
	private int commentCount, lastRow = -1, lastCol = -1, row = -1;
	private int[] widths = {};
	private int freezeCols, freezeRows;
	/** Rows repeated on each printed page (0-based, inclusive), or -1. */
	int printTitleFirst = -1, printTitleLast = -1;
	private boolean fitToPage, landscape;

	XlsxSheet(String name, int number) {
		this.name = name;
		this.number = number;
	}

	/** Column widths in characters (Excel's unit: the width of a digit). */
	void widths(int[] characters) {
		widths = characters;
	}

	void freeze(int cols, int rowsAbove) {
		freezeCols = cols;
		freezeRows = rowsAbove;
	}

	/** A4, one page wide, as many high as it takes. */
	void print(boolean inLandscape) {
		fitToPage = true;
		landscape = inLandscape;
	}

	/** Opens row {@code r} (0-based, after the last one); {@code heightPoints} 0 for the default. */
	void row(int r, float heightPoints) {
		endRow();
		row = r;
		rows.append("<row r=\"").append(r + 1).append('"');
		if (heightPoints > 0) {
			rows.append(" ht=\"").append(heightPoints).append("\" customHeight=\"1\"");
		}
		rows.append('>');
		lastRow = Math.max(lastRow, r);
	}

	private void endRow() {
		if (row >= 0) {
			rows.append("</row>");
			row = -1;
		}
	}

	void text(int col, int style, String value) {
		open(col, style).append(" t=\"inlineStr\"><is>");
		t(rows, value);
		rows.append("</is></c>");
	}

	/** A number, written as the shortest decimal that reads back as the same double. */
	void number(int col, int style, String value) {
		open(col, style).append("><v>").append(value).append("</v></c>");
	}

	void blank(int col, int style) {
		open(col, style).append("/>");
	}

	private StringBuilder open(int col, int style) {
		lastCol = Math.max(lastCol, col);
		rows.append("<c r=\"").append(CellReference.convertNumToColString(col)).append(row + 1).append('"');
		if (style != 0) {
			rows.append(" s=\"").append(style).append('"');
		}
		return rows;
	}

	void merge(int firstRow, int lastRowIncl, int firstCol, int lastColIncl) {
		merges.add(new CellRangeAddress(firstRow, lastRowIncl, firstCol, lastColIncl).formatAsString());
	}

	/** A comment on a cell; its box opens to the right of the cell, three columns wide and four rows high. */
	void comment(int r, int col, String text) {
		comments.append("<comment ref=\"").append(CellReference.convertNumToColString(col)).append(r + 1)
				.append("\" authorId=\"0\"><text>");
		t(comments, text);
		comments.append("</text></comment>");
		shapes.append("<v:shape id=\"_x0000_s").append(number * 1024 + 1 + commentCount).append("\" type=\"#_x0000_t202\"")
				.append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
				.append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>")
				.append("<v:textbox style=\"mso-direction-alt:auto\"/><x:ClientData ObjectType=\"Note\"><x:Anchor>")
				.append(col + 1).append(", 0, ").append(r).append(", 0, ").append(col + 4).append(", 0, ").append(r + 4)
				.append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(r).append("</x:Row><x:Column>").append(col)
				.append("</x:Column></x:ClientData></v:shape>");
		commentCount++;
	}

	boolean hasComments() {
		return commentCount > 0;
	}

	private static void t(StringBuilder out, String text) {
		out.append("<t xml:space=\"preserve\">");
		XmlText.escape(out, text);
		out.append("</t>");
	}

	/** The worksheet; {@code first} selects its tab. */
	String xml(boolean first) {
		endRow();
		StringBuilder x = new StringBuilder(rows.length() + 2048).append(XlsxParts.XML_HEAD).append("<worksheet xmlns=\"")
				.append(XlsxParts.MAIN_NS).append("\" xmlns:r=\"").append(XlsxParts.REL_NS).append("\">");
		if (fitToPage) {
			x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
		}
		if (lastRow >= 0) {
			x.append("<dimension ref=\"A1:").append(CellReference.convertNumToColString(Math.max(0, lastCol))).append(lastRow + 1)
					.append("\"/>");
		}
		x.append("<sheetViews><sheetView workbookViewId=\"0\"").append(first ? " tabSelected=\"1\"" : "").append('>');
		if (freezeCols > 0 || freezeRows > 0) {
			String pane = freezeCols > 0 && freezeRows > 0 ? "bottomRight" : freezeCols > 0 ? "topRight" : "bottomLeft";
			x.append("<pane");
			if (freezeCols > 0) {
				x.append(" xSplit=\"").append(freezeCols).append('"');
			}
			if (freezeRows > 0) {
				x.append(" ySplit=\"").append(freezeRows).append('"');
			}
			x.append(" topLeftCell=\"").append(CellReference.convertNumToColString(freezeCols)).append(freezeRows + 1)
					.append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/>");
		}
		x.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
		if (widths.length > 0) {
			x.append("<cols>");
			for (int c = 0; c < widths.length; c++) {
				x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"").append(widths[c])
						.append("\" customWidth=\"1\"/>");
			}
			x.append("</cols>");
		}
		x.append("<sheetData>").append(rows).append("</sheetData>");
		if (!merges.isEmpty()) {
			x.append("<mergeCells count=\"").append(merges.size()).append("\">");
			for (String m : merges) {
				x.append("<mergeCell ref=\"").append(m).append("\"/>");
			}
			x.append("</mergeCells>");
		}
		x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
		if (fitToPage) {
			x.append("<pageSetup paperSize=\"9\" orientation=\"").append(landscape ? "landscape" : "portrait")
					.append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
		}
		if (hasComments()) {
			x.append("<legacyDrawing r:id=\"rId1\"/>");
		}
		return x.append("</worksheet>").toString();
	}

	String commentsXml() {
		return XlsxParts.XML_HEAD + "<comments xmlns=\"" + XlsxParts.MAIN_NS + "\"><authors><author>Nianbao</author></authors><commentList>"
				+ comments + "</commentList></comments>";
	}

	/** The legacy drawing of the comments' boxes. */
	String vml() {
		return "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
				+ " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""
				+ number + "\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
				+ " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>"
				+ "</v:shapetype>" + shapes + "</xml>";
	}
}
