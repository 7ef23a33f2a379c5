package org.nianbao.generator.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of a report workbook, made once per workbook (a workbook holds at most
 * 64,000 styles, and Excel slows down long before): the caption, header cells, row labels, and
 * data cells by number scale, computed or not, in error or not.
 */
final class XlsxStyles {
	static final String FONT = "宋体";

	private final XSSFWorkbook wb;
	private final XSSFFont plain, bold, italic, errorFont;
	final XSSFCellStyle caption, columnHeader, rowGroup, rowLabel, note, text, errorList;
	private final Map<String, XSSFCellStyle> data = new HashMap<>();

	XlsxStyles(XSSFWorkbook wb) {
		this.wb = wb;
		plain = font(false, false, 11);
		bold = font(true, false, 11);
		italic = font(false, true, 11);
		errorFont = font(true, false, 11);
		errorFont.setColor(IndexedColors.DARK_RED.getIndex());
		XSSFFont captionFont = font(true, false, 12);

		caption = wb.createCellStyle();
		caption.setFont(captionFont);
		caption.setAlignment(HorizontalAlignment.CENTER);
		caption.setVerticalAlignment(VerticalAlignment.CENTER);

		columnHeader = bordered(bold, HorizontalAlignment.CENTER);
		rowGroup = bordered(plain, HorizontalAlignment.CENTER);
		rowLabel = bordered(plain, HorizontalAlignment.LEFT);
		text = bordered(plain, HorizontalAlignment.CENTER);

		note = wb.createCellStyle();
		note.setFont(plain);
		note.setWrapText(true);
		note.setAlignment(HorizontalAlignment.CENTER);
		note.setVerticalAlignment(VerticalAlignment.TOP);

		errorList = wb.createCellStyle();
		errorList.setFont(errorFont);
		errorList.setWrapText(true);
		errorList.setVerticalAlignment(VerticalAlignment.TOP);
	}

	private XSSFFont font(boolean isBold, boolean isItalic, int points) {
		XSSFFont f = wb.createFont();
		f.setFontName(FONT);
		f.setFontHeightInPoints((short) points);
		f.setBold(isBold);
		f.setItalic(isItalic);
		return f;
	}

	private XSSFCellStyle bordered(XSSFFont font, HorizontalAlignment align) {
		XSSFCellStyle s = wb.createCellStyle();
		s.setFont(font);
		s.setAlignment(align);
		s.setVerticalAlignment(VerticalAlignment.CENTER);
		s.setWrapText(true);
		s.setBorderTop(BorderStyle.THIN);
		s.setBorderBottom(BorderStyle.THIN);
		s.setBorderLeft(BorderStyle.THIN);
		s.setBorderRight(BorderStyle.THIN);
		return s;
	}

	/**
	 * A data cell's style. scale < 0 means no number (blank, missing, or kept as text); otherwise
	 * the number format shows exactly that many decimals, so "12.50" is not shown as 12.5.
	 */
	XSSFCellStyle data(int scale, boolean computed, boolean error) {
		String key = scale + "/" + computed + "/" + error;
		XSSFCellStyle s = data.get(key);
		if (s == null) {
			s = bordered(error ? errorFont : computed ? italic : plain, HorizontalAlignment.CENTER);
			s.setWrapText(false);
			if (scale >= 0) {
				s.setDataFormat(wb.createDataFormat().getFormat(numberFormat(scale)));
			}
			if (error) {
				s.setFillForegroundColor(IndexedColors.ROSE.getIndex());
				s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			}
			data.put(key, s);
		}
		return s;
	}

	/** "0" for whole numbers (no grouping: the official tables print 10402), "0.00" for two decimals. */
	static String numberFormat(int scale) {
		return scale <= 0 ? "0" : "0." + "0".repeat(scale);
	}
}
