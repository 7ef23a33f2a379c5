package org.nianbao.generator.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.generator.PoiLogging;
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
 * XSSF rather than SXSSF: a report has a few hundred cells, far below where streaming pays, and
 * SXSSF cannot read back what it has flushed (comments and merged cells are simpler in XSSF).
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

	static {
		PoiLogging.quiet();
	}

	public byte[] generate(ReportView view) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var core = wb.getProperties().getCoreProperties();
			core.setTitle(XmlText.clean(view.title()));
			core.setCreator(XmlText.clean(view.organ().isEmpty() ? "Nianbao" : view.organ()));
			XlsxStyles styles = new XlsxStyles(wb);
			SheetNames names = new SheetNames();
			for (TableView t : view.tables()) {
				if (t.layout().columns().isEmpty() || t.layout().rows().isEmpty()) {
					continue;
				}
				table(wb.createSheet(names.next(t.def().getCaption(), t.def().getName())), t, view, styles);
			}
			if (!view.errors().isEmpty()) {
				errors(wb.createSheet(names.next(ERRORS_SHEET, "errors")), view.errors(), styles);
			}
			wb.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new IllegalStateException("XLSX 生成失败 (XLSX generation failed): " + e.getMessage(), e);
		}
	}

	private static void table(XSSFSheet sheet, TableView t, ReportView view, XlsxStyles styles) {
		HeaderLayout layout = t.layout();
		int width = layout.gridColumns();
		XSSFCell caption = sheet.createRow(CAPTION_ROW).createCell(0);
		caption.setCellValue(text(t.def().getCaption()));
		caption.setCellStyle(styles.caption);
		if (width > 1) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(CAPTION_ROW, CAPTION_ROW, 0, width - 1));
		}
		XSSFDrawing drawing = null;
		for (int r = 0; r < layout.gridRows(); r++) {
			XSSFRow row = sheet.createRow(HEADER_TOP + r);
			for (int c = 0; c < width; c++) {
				Span s = layout.at(r, c);
				XSSFCell cell = row.createCell(c);
				if (s != null) {
					// every cell a span covers carries its style, so the merged cell has all its borders
					cell.setCellStyle(headerStyle(s, styles));
					if (s.row() == r && s.col() == c) {
						cell.setCellValue(text(s.text()));
					}
					continue;
				}
				int i = r - layout.headerRows(), j = c - layout.headerColumns();
				List<Finding> errors = view.errorsOn(t, i, j);
				String comment = data(cell, t.cell(i, j), !errors.isEmpty(), styles);
				comment = withErrors(comment, errors);
				if (comment != null) {
					drawing = drawing != null ? drawing : sheet.createDrawingPatriarch();
					comment(drawing, cell, comment);
				}
			}
		}
		// merged after the cells exist; HeaderLayout's spans are disjoint by construction (the test checks them)
		for (Span s : layout.spans()) {
			if (s.rowSpan() > 1 || s.colSpan() > 1) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(HEADER_TOP + s.row(), HEADER_TOP + s.row() + s.rowSpan() - 1,
						s.col(), s.col() + s.colSpan() - 1));
			}
		}
		String note = t.def().getNote();
		if (note != null && !note.isBlank()) {
			int r = HEADER_TOP + layout.gridRows();
			XSSFRow row = sheet.createRow(r);
			XSSFCell cell = row.createCell(0);
			cell.setCellValue(text(note));
			cell.setCellStyle(styles.note);
			XlsxColumns.fitAcross(row, t, note);
			if (width > 1) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, width - 1));
			}
		}
		XlsxColumns.size(sheet, t, HEADER_TOP);
		sheet.createFreezePane(layout.headerColumns(), HEADER_TOP + layout.headerRows());
		print(sheet, layout);
	}

	private static org.apache.poi.xssf.usermodel.XSSFCellStyle headerStyle(Span s, XlsxStyles styles) {
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
	private static String data(XSSFCell cell, CellValue v, boolean error, XlsxStyles styles) {
		if (!v.hasValue()) {
			cell.setCellStyle(styles.data(-1, v.computed(), error));
			return v.hasNote() ? v.note() : null;
		}
		BigDecimal printed = new BigDecimal(v.text());
		if (exactAsDouble(printed)) {
			cell.setCellValue(printed.doubleValue());
			cell.setCellStyle(styles.data(Math.max(0, printed.scale()), v.computed(), error));
		} else {
			cell.setCellValue(v.text());
			cell.setCellStyle(styles.data(-1, v.computed(), error));
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

	private static void comment(XSSFDrawing drawing, XSSFCell cell, String text) {
		// the box opens to the right of the cell, three columns wide and four rows high
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cell.getColumnIndex() + 1, cell.getRowIndex(),
				cell.getColumnIndex() + 4, cell.getRowIndex() + 4);
		anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
		XSSFComment comment = drawing.createCellComment(anchor);
		comment.setString(new XSSFRichTextString(text(text)));
		comment.setAuthor("Nianbao");
		cell.setCellComment(comment);
	}

	private static void print(XSSFSheet sheet, HeaderLayout layout) {
		PrintSetup ps = sheet.getPrintSetup();
		ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
		ps.setLandscape(layout.columns().size() > 8);
		ps.setFitWidth((short) 1);
		ps.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_TOP, HEADER_TOP + layout.headerRows() - 1, -1, -1));
	}

	/** With --force: every error on one sheet, after the tables (the tables mark their cells too). */
	private static void errors(XSSFSheet sheet, List<Finding> errors, XlsxStyles styles) {
		XSSFCell head = sheet.createRow(0).createCell(0);
		head.setCellValue("未通过校验：本报告有 " + errors.size() + " 处错误，数字未经核实，请勿发布。");
		head.setCellStyle(styles.errorList);
		int r = 1;
		for (Finding f : errors) {
			XSSFCell cell = sheet.createRow(r++).createCell(0);
			cell.setCellValue(text(f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] " + f.message()));
			cell.setCellStyle(styles.errorList);
		}
		sheet.setColumnWidth(0, 120 * 256);
	}

	private static String text(String s) {
		String clean = XmlText.clean(s);
		return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
	}
}
