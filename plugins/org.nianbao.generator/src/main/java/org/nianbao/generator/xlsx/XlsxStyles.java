package org.nianbao.generator.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.generator.XmlText;

/**
 * The few cell styles of a report workbook, made once per workbook (a workbook holds at most
 * 64,000 styles, and Excel slows down long before): the caption, header cells, row labels, and
 * data cells by number scale, computed or not, in error or not. Each is an index into the
 * {@code cellXfs} of {@code xl/styles.xml} ({@link #xml}).
 */
final class XlsxStyles {
	static final String FONT = "宋体";

	// fonts: plain, bold, italic, bold dark red (errors), caption; fills: none, gray125 (both required), rose
	private static final String FONTS = "<fonts count=\"5\">" + font("", 11) + font("<b/>", 11) + font("<i/>", 11)
			+ font("<b/><color indexed=\"16\"/>", 11) + font("<b/>", 12) + "</fonts>";
	private static final int PLAIN = 0, BOLD = 1, ITALIC = 2, ERROR_FONT = 3, CAPTION_FONT = 4;
	private static final String FILLS = "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
			+ "<fill><patternFill patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\">"
			+ "<fgColor indexed=\"45\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>";
	private static final int ROSE = 2;
	private static final String BORDERS = "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
			+ "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>";
	/** Excel's built-in number formats "0" and "0.00"; others are the workbook's own, from 164. */
	private static final int WHOLE = 1, TWO_DECIMALS = 2, FIRST_CUSTOM = 164;

	private final List<String> xfs = new ArrayList<>();
	private final Map<String, Integer> data = new HashMap<>();
	private final Map<String, Integer> formats = new HashMap<>();
	final int caption, columnHeader, rowGroup, rowLabel, note, errorList;

	XlsxStyles() {
		xfs.add("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
		caption = xf(0, CAPTION_FONT, 0, false, "center", "center", false);
		columnHeader = bordered(BOLD, "center");
		rowGroup = bordered(PLAIN, "center");
		rowLabel = bordered(PLAIN, "left");
		note = xf(0, PLAIN, 0, false, "center", "top", true);
		errorList = xf(0, ERROR_FONT, 0, false, null, "top", true);
	}

	private static String font(String style, int points) {
		return "<font>" + style + "<sz val=\"" + points + "\"/><name val=\"" + FONT + "\"/><charset val=\"134\"/></font>";
	}

	private int bordered(int font, String align) {
		return xf(0, font, 0, true, align, "center", true);
	}

	private int xf(int numFmt, int font, int fill, boolean border, String horizontal, String vertical, boolean wrap) {
		StringBuilder x = new StringBuilder("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font)
				.append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border ? 1 : 0)
				.append("\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"");
		if (border) {
			x.append(" applyBorder=\"1\"");
		}
		if (fill != 0) {
			x.append(" applyFill=\"1\"");
		}
		if (numFmt != 0) {
			x.append(" applyNumberFormat=\"1\"");
		}
		x.append("><alignment");
		if (horizontal != null) {
			x.append(" horizontal=\"").append(horizontal).append('"');
		}
		x.append(" vertical=\"").append(vertical).append('"');
		if (wrap) {
			x.append(" wrapText=\"1\"");
		}
		x.append("/></xf>");
		xfs.add(x.toString());
		return xfs.size() - 1;
	}

	/**
	 * A data cell's style. scale < 0 means no number (blank, missing, or kept as text); otherwise
	 * the number format shows exactly that many decimals, so "12.50" is not shown as 12.5.
	 */
	int data(int scale, boolean computed, boolean error) {
		String key = scale + "/" + computed + "/" + error;
		Integer s = data.get(key);
		if (s == null) {
			int format = scale < 0 ? 0 : scale == 0 ? WHOLE : scale == 2 ? TWO_DECIMALS
					: formats.computeIfAbsent(numberFormat(scale), f -> FIRST_CUSTOM + formats.size());
			s = xf(format, error ? ERROR_FONT : computed ? ITALIC : PLAIN, error ? ROSE : 0, true, "center", "center", false);
			data.put(key, s);
		}
		return s;
	}

	/** "0" for whole numbers (no grouping: the official tables print 10402), "0.00" for two decimals. */
	static String numberFormat(int scale) {
		return scale <= 0 ? "0" : "0." + "0".repeat(scale);
	}

	/** {@code xl/styles.xml} with every style made so far. */
	String xml() {
		StringBuilder x = new StringBuilder(4096).append(XlsxParts.XML_HEAD)
				.append("<styleSheet xmlns=\"").append(XlsxParts.MAIN_NS).append("\">");
		if (!formats.isEmpty()) {
			x.append("<numFmts count=\"").append(formats.size()).append("\">");
			formats.forEach((code, id) -> {
				x.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
				XmlText.escape(x, code);
				x.append("\"/>");
			});
			x.append("</numFmts>");
		}
		x.append(FONTS).append(FILLS).append(BORDERS)
				.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
				.append("<cellXfs count=\"").append(xfs.size()).append("\">");
		xfs.forEach(x::append);
		x.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
		return x.toString();
	}
}
