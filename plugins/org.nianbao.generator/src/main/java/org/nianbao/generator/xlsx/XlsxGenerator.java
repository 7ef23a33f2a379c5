package org.nianbao.generator.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.generator.XmlText;
import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.validation.Finding;

/**
 * The reviewer's copy: every table of the report as a worksheet, laid out as printed — the caption
 * on the first row, the official merged header cells of {@link HeaderLayout} (the spans the HTML
 * and DOCX print), the row labels with their group labels merged down, the numbers as numbers,
 * cell notes as comments and the table's 勾稽关系 note under it.
 * <p>
 * Written as SpreadsheetML text ({@link XlsxSheet}, {@link XlsxParts}) rather than through POI's
 * XSSF objects, whose XmlBeans cost many times the few hundred cells of a report; the tests read the
 * workbook back with POI and LibreOffice Calc.
 */
public final class XlsxGenerator {

	/** The caption's row; the header starts on the row below. */
	public static final int CAPTION_ROW = 0;
	public static final int HEADER_TOP = 1;
	/** Excel keeps 15 significant digits: a number with more is written as text, not rounded. */
	static final int MAX_DIGITS = 15;
	/** Excel's limit for the text of one cell. */
	static final int MAX_TEXT = 32767;
	static final String ERRORS_SHEET = "校验错误";

	public byte[] generate(ReportView view) {
		XlsxStyles styles = new XlsxStyles();
		SheetNames names = new SheetNames();
		List<XlsxSheet> sheets = new ArrayList<>();
		for (TableView t : view.tables()) {
			if (t.layout().columns().isEmpty() || t.layout().rows().isEmpty()) {
				continue;
			}
			XlsxSheet sheet = new XlsxSheet(names.next(t.def().getCaption(), t.def().getName()), sheets.size() + 1);
			table(sheet, t, view, styles);
			sheets.add(sheet);
		}
		if (!view.errors().isEmpty()) {
			XlsxSheet sheet = new XlsxSheet(names.next(ERRORS_SHEET, "errors"), sheets.size() + 1);
			errors(sheet, view.errors(), styles);
			sheets.add(sheet);
		}
		return XlsxParts.write(sheets, styles, XmlText.clean(view.title()),
				XmlText.clean(view.organ().isEmpty() ? "Nianbao" : view.organ()));
	}

	private static void table(XlsxSheet sheet, TableView t, ReportView view, XlsxStyles styles) {
		HeaderLayout layout = t.layout();
		int width = layout.gridColumns();
		int[] widths = XlsxColumns.widths(t);
		float[] heights = XlsxColumns.heights(t, widths);
		sheet.widths(widths);
		sheet.row(CAPTION_ROW, 0);
		sheet.text(0, styles.caption, text(t.def().getCaption()));
		if (width > 1) {
			sheet.merge(CAPTION_ROW, CAPTION_ROW, 0, width - 1);
		}
		for (int r = 0; r < layout.gridRows(); r++) {
			sheet.row(HEADER_TOP + r, heights[r]);
			for (int c = 0; c < width; c++) {
				Span s = layout.at(r, c);
				if (s != null) {
					// every cell a span covers carries its style, so the merged cell has all its borders
					if (s.row() == r && s.col() == c) {
						sheet.text(c, headerStyle(s, styles), text(s.text()));
					} else {
						sheet.blank(c, headerStyle(s, styles));
					}
					continue;
				}
				int i = r - layout.headerRows(), j = c - layout.headerColumns();
				List<Finding> errors = view.errorsOn(t, i, j);
				String comment = data(sheet, c, t.cell(i, j), !errors.isEmpty(), styles);
				comment = withErrors(comment, errors);
				if (comment != null) {
					sheet.comment(HEADER_TOP + r, c, text(comment));
				}
			}
		}
		// HeaderLayout's spans are disjoint by construction (the test checks them)
		for (Span s : layout.spans()) {
			if (s.rowSpan() > 1 || s.colSpan() > 1) {
				sheet.merge(HEADER_TOP + s.row(), HEADER_TOP + s.row() + s.rowSpan() - 1, s.col(), s.col() + s.colSpan() - 1);
			}
		}
		String note = t.def().getNote();
		if (note != null && !note.isBlank()) {
			int r = HEADER_TOP + layout.gridRows();
			sheet.row(r, XlsxColumns.heightAcross(widths, note));
			sheet.text(0, styles.note, text(note));
			if (width > 1) {
				sheet.merge(r, r, 0, width - 1);
			}
		}
		sheet.freeze(layout.headerColumns(), HEADER_TOP + layout.headerRows());
		sheet.print(layout.columns().size() > 8);
		sheet.printTitleFirst = HEADER_TOP;
		sheet.printTitleLast = HEADER_TOP + layout.headerRows() - 1;
	}

	private static int headerStyle(Span s, XlsxStyles styles) {
		return switch (s.kind()) {
		case CORNER, COLUMN -> styles.columnHeader;
		case ROW -> s.isGroup() ? styles.rowGroup : styles.rowLabel;
		};
	}

	/**
	 * Writes one data cell and returns its comment text (the note), or null. A number is a numeric
	 * cell when a double holds it exactly as written (to Excel's 15 digits); otherwise it is kept as
	 * text rather than silently rounded. Blank, missing and uncomputable cells stay empty.
	 */
	private static String data(XlsxSheet sheet, int col, CellValue v, boolean error, XlsxStyles styles) {
		if (!v.hasValue()) {
			sheet.blank(col, styles.data(-1, v.computed(), error));
			return v.hasNote() ? v.note() : null;
		}
		BigDecimal printed = new BigDecimal(v.text());
		if (exactAsDouble(printed)) {
			sheet.number(col, styles.data(Math.max(0, printed.scale()), v.computed(), error), printed.stripTrailingZeros().toPlainString());
		} else {
			sheet.text(col, styles.data(-1, v.computed(), error), text(v.text()));
		}
		return v.hasNote() ? v.note() : null;
	}

	/** Whether the double nearest to the number reads back as the same number, within Excel's 15 digits. */
	static boolean exactAsDouble(BigDecimal value) {
		double d = value.doubleValue();
		return Double.isFinite(d) && value.stripTrailingZeros().precision() <= MAX_DIGITS
				&& new BigDecimal(Double.toString(d)).compareTo(value) == 0;
	}

	private static String withErrors(String note, List<Finding> errors) {
		if (errors.isEmpty()) {
			return note;
		}
		StringBuilder sb = new StringBuilder(note == null ? "" : note);
		for (Finding f : errors) {
			sb.append(sb.isEmpty() ? "" : "\n").append('[').append(f.code()).append("] ").append(f.message());
		}
		return sb.toString();
	}

	/** With --force: every error on one sheet, after the tables (the tables mark their cells too). */
	private static void errors(XlsxSheet sheet, List<Finding> errors, XlsxStyles styles) {
		sheet.widths(new int[] { 120 });
		sheet.row(0, 0);
		sheet.text(0, styles.errorList, "未通过校验：本报告有 " + errors.size() + " 处错误，数字未经核实，请勿发布。");
		int r = 1;
		for (Finding f : errors) {
			sheet.row(r++, 0);
			sheet.text(0, styles.errorList, text(f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] " + f.message()));
		}
	}

	private static String text(String s) {
		String clean = XmlText.clean(s);
		return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
	}
}
