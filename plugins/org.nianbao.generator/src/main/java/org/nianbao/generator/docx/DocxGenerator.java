package org.nianbao.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.XmlText;
import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.Block;
import org.nianbao.generator.model.ReportView.ParagraphView;
import org.nianbao.generator.model.ReportView.SectionView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.nianbao.Leaf;
import org.nianbao.validation.Finding;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * The sign-off copy: a DOCX in the layout of GB/T 9704 (党政机关公文格式) — A4, top margin 37 mm,
 * left 28 mm, type area 156 × 225 mm, 22 lines of 三号 仿宋 per page; title 二号 小标宋, level-1
 * headings 黑体, level-2 楷体; tables with the official merged header cells.
 * <p>
 * Fonts are named for Latin and East Asian text alike ({@code w:eastAsia}): Word and LibreOffice
 * pick the glyphs for Chinese from the East Asian slot only. Fallbacks (宋体 for 小标宋, 仿宋 for
 * 仿宋_GB2312, 楷体 for 楷体_GB2312) are declared in the font table as {@code w:altName}.
 */
public final class DocxGenerator {

	static final String LATIN = "Times New Roman";
	static final String TITLE_FONT = "方正小标宋简体";
	static final String BODY_FONT = "仿宋_GB2312";
	static final String HEI = "黑体";
	static final String KAI = "楷体_GB2312";
	static final String SONG = "宋体";

	/** One millimetre in twentieths of a point. */
	static final double MM = 1440 / 25.4;
	static final int PAGE_W = 11906, PAGE_H = 16838; // A4
	static final int MARGIN_TOP = tw(37), MARGIN_LEFT = tw(28);
	static final int TYPE_W = tw(156), TYPE_H = tw(225);
	static final int MARGIN_RIGHT = PAGE_W - MARGIN_LEFT - TYPE_W, MARGIN_BOTTOM = PAGE_H - MARGIN_TOP - TYPE_H;
	/**
	 * The fixed line pitch of GB/T 9704: 225 mm / 22 lines = 579.8 twips. A line is set only where it
	 * fits whole, so the pitch is rounded down: 580 twips (29 pt) let 21 lines into the type area.
	 */
	static final int LINE = TYPE_H / 22;
	static final int BODY_HALF_POINTS = 32, TITLE_HALF_POINTS = 44;
	/**
	 * Character spacing of body text, in twentieths of a point: 28 characters in 156 mm need a pitch
	 * of at most 15.79 pt, against 三号's 16 pt (without it a line holds 27). −0.25 pt gives 15.75 pt.
	 * Word's character grid (docGrid linesAndChars) would do the same in Word, but LibreOffice snaps
	 * each 16 pt character to two 15.79 pt cells of that grid, and prints 14 characters a line.
	 */
	static final int CHAR_SPACING = -5;
	/** 五号 for tables; 小五 for wide ones (more data columns than {@link #WIDE_TABLE}). */
	static final int TABLE_HALF_POINTS = 21, WIDE_TABLE_HALF_POINTS = 18, NOTE_HALF_POINTS = 16;
	static final int WIDE_TABLE = 8;
	static final int CELL_MARGIN = 57; // 1 mm

	static {
		PoiLogging.quiet();
	}

	static int tw(double mm) {
		return (int) Math.round(mm * MM);
	}

	public byte[] generate(ReportView view) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			styles(doc);
			fontTable(doc);
			var core = doc.getProperties().getCoreProperties();
			core.setTitle(clean(view.title()));
			core.setCreator(clean(view.organ().isEmpty() ? "Nianbao" : view.organ()));
			page(doc);
			footer(doc);
			errors(doc, view.errors());
			XWPFParagraph title = doc.createParagraph();
			title.setStyle("Title");
			run(title, view.title(), TITLE_FONT, LATIN, TITLE_HALF_POINTS, true);
			for (SectionView s : view.sections()) {
				XWPFParagraph h = doc.createParagraph();
				h.setStyle("Heading1");
				run(h, s.heading(), HEI, HEI, BODY_HALF_POINTS, false);
				for (Block b : s.blocks()) {
					if (b instanceof ParagraphView p) {
						paragraph(doc, p);
					} else if (b instanceof TableView t) {
						table(doc, t);
					}
				}
			}
			signature(doc, view);
			doc.write(out);
			return out.toByteArray();
		} catch (IOException | InvalidFormatException e) {
			throw new IllegalStateException("DOCX 生成失败: " + e.getMessage(), e);
		}
	}

	// ---- document parts ------------------------------------------------------------------

	private static void styles(XWPFDocument doc) {
		CTStyles ct = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = ct.addNewDocDefaults();
		CTRPr drpr = defaults.addNewRPrDefault().addNewRPr();
		fonts(drpr, BODY_FONT, LATIN, BODY_HALF_POINTS, false);
		drpr.addNewLang().setEastAsia("zh-CN");
		CTPPrGeneral dppr = defaults.addNewPPrDefault().addNewPPr();
		spacing(dppr.addNewSpacing(), LINE, STLineSpacingRule.EXACT);

		CTStyle normal = style(ct, "Normal", "Normal", null, STStyleType.PARAGRAPH);
		normal.setDefault(true);
		CTPPrGeneral nppr = normal.addNewPPr();
		nppr.addNewJc().setVal(STJc.BOTH);
		indentFirstLine(nppr);
		spacing(nppr.addNewSpacing(), LINE, STLineSpacingRule.EXACT);
		CTRPr nrpr = normal.addNewRPr();
		fonts(nrpr, BODY_FONT, LATIN, BODY_HALF_POINTS, false);
		// body-size text (paragraphs, headings, signature) on the 28-character line; other sizes reset it
		nrpr.addNewSpacing().setVal(BigInteger.valueOf(CHAR_SPACING));

		CTStyle title = style(ct, "Title", "Title", "Normal", STStyleType.PARAGRAPH);
		CTPPrGeneral tppr = title.addNewPPr();
		tppr.addNewJc().setVal(STJc.CENTER);
		tppr.addNewInd().setFirstLine(BigInteger.ZERO);
		// exact 35 pt: 二号 glyphs need more than the body's 29 pt; one blank body line after it
		CTSpacing ts = tppr.addNewSpacing();
		spacing(ts, 700, STLineSpacingRule.EXACT);
		ts.setAfter(BigInteger.valueOf(LINE));
		CTRPr titleRpr = title.addNewRPr();
		fonts(titleRpr, TITLE_FONT, LATIN, TITLE_HALF_POINTS, true);
		titleRpr.addNewSpacing().setVal(BigInteger.ZERO);

		heading(ct, "Heading1", "heading 1", 0, HEI, HEI);
		heading(ct, "Heading2", "heading 2", 1, KAI, LATIN);

		CTStyle table = style(ct, "TableText", "Table Text", "Normal", STStyleType.PARAGRAPH);
		CTPPrGeneral tbppr = table.addNewPPr();
		tbppr.addNewJc().setVal(STJc.CENTER);
		tbppr.addNewInd().setFirstLine(BigInteger.ZERO);
		spacing(tbppr.addNewSpacing(), 240, STLineSpacingRule.AUTO);
		CTRPr tableRpr = table.addNewRPr();
		fonts(tableRpr, BODY_FONT, LATIN, TABLE_HALF_POINTS, false);
		tableRpr.addNewSpacing().setVal(BigInteger.ZERO);

		CTStyle caption = style(ct, "TableCaption", "Table Caption", "Normal", STStyleType.PARAGRAPH);
		CTPPrGeneral cppr = caption.addNewPPr();
		cppr.addNewKeepNext();
		cppr.addNewJc().setVal(STJc.CENTER);
		cppr.addNewInd().setFirstLine(BigInteger.ZERO);
		CTSpacing cs = cppr.addNewSpacing();
		spacing(cs, 400, STLineSpacingRule.EXACT);
		cs.setBefore(BigInteger.valueOf(120));
		CTRPr captionRpr = caption.addNewRPr();
		fonts(captionRpr, HEI, HEI, 24, false);
		captionRpr.addNewSpacing().setVal(BigInteger.ZERO);

		CTStyle footer = style(ct, "Footer", "footer", "Normal", STStyleType.PARAGRAPH);
		CTPPrGeneral fppr = footer.addNewPPr();
		fppr.addNewJc().setVal(STJc.CENTER);
		fppr.addNewInd().setFirstLine(BigInteger.ZERO);
		spacing(fppr.addNewSpacing(), 240, STLineSpacingRule.AUTO);
		// 四号 半角宋体 for page numbers (GB/T 9704 7.5)
		CTRPr footerRpr = footer.addNewRPr();
		fonts(footerRpr, SONG, SONG, 28, false);
		footerRpr.addNewSpacing().setVal(BigInteger.ZERO);

		CTStyle signature = style(ct, "Signature", "Signature", "Normal", STStyleType.PARAGRAPH);
		CTPPrGeneral sppr = signature.addNewPPr();
		sppr.addNewJc().setVal(STJc.RIGHT);
		var sind = sppr.addNewInd();
		sind.setFirstLine(BigInteger.ZERO);
		sind.setRight(BigInteger.valueOf(2 * 320));
		doc.createStyles().setStyles(ct);
	}

	private static CTStyle style(CTStyles ct, String id, String name, String basedOn, STStyleType.Enum type) {
		CTStyle s = ct.addNewStyle();
		s.setType(type);
		s.setStyleId(id);
		s.addNewName().setVal(name);
		if (basedOn != null) {
			s.addNewBasedOn().setVal(basedOn);
		}
		s.addNewQFormat();
		return s;
	}

	private static void heading(CTStyles ct, String id, String name, int level, String eastAsia, String latin) {
		CTStyle h = style(ct, id, name, "Normal", STStyleType.PARAGRAPH);
		h.addNewNext().setVal("Normal");
		CTPPrGeneral p = h.addNewPPr();
		p.addNewKeepNext();
		p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
		fonts(h.addNewRPr(), eastAsia, latin, BODY_HALF_POINTS, false);
	}

	private static void indentFirstLine(CTPPrGeneral ppr) {
		var ind = ppr.addNewInd();
		ind.setFirstLineChars(BigInteger.valueOf(200));
		ind.setFirstLine(BigInteger.valueOf(2 * 320));
	}

	private static void spacing(CTSpacing s, int line, STLineSpacingRule.Enum rule) {
		s.setLine(BigInteger.valueOf(line));
		s.setLineRule(rule);
		s.setBefore(BigInteger.ZERO);
		s.setAfter(BigInteger.ZERO);
	}

	static void fonts(CTRPr rpr, String eastAsia, String latin, int halfPoints, boolean bold) {
		CTFonts f = rpr.addNewRFonts();
		f.setAscii(latin);
		f.setHAnsi(latin);
		f.setCs(latin);
		f.setEastAsia(eastAsia);
		if (bold) {
			rpr.addNewB();
			rpr.addNewBCs();
		}
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
	}

	/** The font table with the fallbacks: Word substitutes w:altName when the named font is missing. */
	private static void fontTable(XWPFDocument doc) throws InvalidFormatException, IOException {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
				.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		font(x, TITLE_FONT, SONG, "roman");
		font(x, BODY_FONT, "仿宋", "modern");
		font(x, "仿宋", "FangSong", "modern");
		font(x, KAI, "楷体", "modern");
		font(x, "楷体", "KaiTi", "modern");
		font(x, HEI, "SimHei", "modern");
		font(x, SONG, "SimSun", "auto");
		x.append("<w:font w:name=\"").append(LATIN).append("\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>")
				.append("<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
		OPCPackage pkg = doc.getPackage();
		PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
		PackagePart part = pkg.createPart(name,
				"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
		try (OutputStream os = part.getOutputStream()) {
			os.write(x.toString().getBytes(StandardCharsets.UTF_8));
		}
		doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
				"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
	}

	private static void font(StringBuilder x, String name, String alt, String family) {
		// charset 86 = GB2312
		x.append("<w:font w:name=\"").append(name).append("\"><w:altName w:val=\"").append(alt)
				.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(family)
				.append("\"/><w:pitch w:val=\"variable\"/></w:font>");
	}

	private static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_W));
		size.setH(BigInteger.valueOf(PAGE_H));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar m = sect.addNewPgMar();
		m.setTop(BigInteger.valueOf(MARGIN_TOP));
		m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		m.setHeader(BigInteger.valueOf(tw(15)));
		// the footer's bottom 25 mm above the page's edge puts the 一字线 of the page number 7 mm below
		// the type area (GB/T 9704 7.5; measured on LibreOffice's rendering by check-layout)
		m.setFooter(BigInteger.valueOf(tw(25)));
		m.setGutter(BigInteger.ZERO);
		// no document grid: the exact line pitch sets 22 lines (GB/T 9704 5.2.3); LibreOffice snaps
		// every line, table rows included, to a line grid and rounds its pitch up to 29 pt

	}

	/**
	 * Page numbers "— 1 —" in 四号 宋体 (GB/T 9704 7.5): odd pages flush right, even pages flush
	 * left, each one character in from the edge of the type area.
	 */
	private static void footer(XWPFDocument doc) {
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), STJc.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), STJc.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, STJc.Enum side) {
		XWPFParagraph p = footer.createParagraph();
		p.setStyle("Footer");
		var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		ppr.addNewJc().setVal(side);
		var ind = ppr.addNewInd();
		if (side == STJc.RIGHT) {
			ind.setRight(BigInteger.valueOf(280));
		} else {
			ind.setLeft(BigInteger.valueOf(280));
		}
		run(p, "— ", SONG, SONG, 28, false);
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		var r = field.addNewR();
		fonts(r.addNewRPr(), SONG, SONG, 28, false);
		r.addNewT().setStringValue("1");
		run(p, " —", SONG, SONG, 28, false);
	}

	private static void errors(XWPFDocument doc, List<Finding> errors) {
		if (errors.isEmpty()) {
			return;
		}
		XWPFParagraph p = doc.createParagraph();
		p.setStyle("TableText");
		p.setAlignment(ParagraphAlignment.LEFT);
		XWPFRun r = run(p, "未通过校验：本报告有 " + errors.size() + " 处错误，数字未经核实，请勿发布。", HEI, HEI, 24, true);
		r.setColor("C00000");
		for (Finding f : errors) {
			XWPFParagraph e = doc.createParagraph();
			e.setStyle("TableText");
			e.setAlignment(ParagraphAlignment.LEFT);
			run(e, f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] " + f.message(), BODY_FONT, LATIN,
					TABLE_HALF_POINTS, false).setColor("C00000");
		}
	}

	private static void paragraph(XWPFDocument doc, ParagraphView p) {
		XWPFParagraph para = doc.createParagraph();
		if (p.isHeading()) {
			para.setStyle("Heading2");
			run(para, p.lead(), KAI, LATIN, BODY_HALF_POINTS, false);
			return;
		}
		if (!p.lead().isEmpty()) {
			run(para, p.lead(), KAI, LATIN, BODY_HALF_POINTS, false);
		}
		run(para, p.body(), BODY_FONT, LATIN, BODY_HALF_POINTS, false);
	}

	private static void signature(XWPFDocument doc, ReportView view) {
		// one blank line, then organ and date flush right with two characters of space (GB/T 9704 7.3.5)
		XWPFParagraph blank = doc.createParagraph();
		blank.setStyle("Normal");
		if (!view.organ().isEmpty()) {
			XWPFParagraph organ = doc.createParagraph();
			organ.setStyle("Signature");
			run(organ, view.organ(), BODY_FONT, LATIN, BODY_HALF_POINTS, false);
		}
		if (!view.date().isEmpty()) {
			XWPFParagraph date = doc.createParagraph();
			date.setStyle("Signature");
			run(date, view.chineseDate(), BODY_FONT, LATIN, BODY_HALF_POINTS, false);
		}
	}

	static XWPFRun run(XWPFParagraph p, String text, String eastAsia, String latin, int halfPoints, boolean bold) {
		XWPFRun r = p.createRun();
		CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
		fonts(rpr, eastAsia, latin, halfPoints, bold);
		r.setText(clean(text));
		return r;
	}

	/** Text for a run: XML-safe, and on one line (a line feed in w:t is not a break). */
	static String clean(String s) {
		return XmlText.clean(s).replace('\n', ' ');
	}

	// ---- tables --------------------------------------------------------------------------

	private static void table(XWPFDocument doc, TableView t) {
		HeaderLayout layout = t.layout();
		if (layout.columns().isEmpty() || layout.rows().isEmpty()) {
			return;
		}
		boolean wide = layout.columns().size() > WIDE_TABLE;
		int size = wide ? WIDE_TABLE_HALF_POINTS : TABLE_HALF_POINTS;
		XWPFParagraph caption = doc.createParagraph();
		caption.setStyle("TableCaption");
		run(caption, t.def().getCaption(), HEI, HEI, 24, false);
		if (t.def().getNote() != null && !t.def().getNote().isBlank()) {
			XWPFParagraph note = doc.createParagraph();
			note.setStyle("TableText");
			note.getCTP().getPPr().addNewKeepNext();
			run(note, t.def().getNote(), BODY_FONT, LATIN, size, false);
		}
		int[] widths = ColumnWidths.compute(t, TYPE_W, size);
		int total = 0;
		for (int w : widths) {
			total += w;
		}
		XWPFTable table = doc.createTable();
		CTTbl ct = table.getCTTbl();
		CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
		pr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
		var w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		w.setType(STTblWidth.DXA);
		w.setW(BigInteger.valueOf(total));
		pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
		borders(pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders());
		var mar = pr.addNewTblCellMar();
		mar.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN));
		mar.getLeft().setType(STTblWidth.DXA);
		mar.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN));
		mar.getRight().setType(STTblWidth.DXA);
		CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
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
				if (s != null) {
					XWPFTableCell cell = row.createCell();
					int span = s.colSpan();
					tcPr(cell, sum(widths, c, span), span, s.rowSpan() > 1 ? (s.row() == r ? STMerge.RESTART : STMerge.CONTINUE) : null);
					if (s.row() == r) {
						headerText(cell, s, size);
					} else {
						cellParagraph(cell);
					}
					c += span;
				} else {
					XWPFTableCell cell = row.createCell();
					tcPr(cell, widths[c], 1, null);
					dataText(cell, t.cell(r - layout.headerRows(), c - layout.headerColumns()), size);
					c++;
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
		w.setW(BigInteger.valueOf(width));
		if (gridSpan > 1) {
			pr.addNewGridSpan().setVal(BigInteger.valueOf(gridSpan));
		}
		if (vMerge != null) {
			pr.addNewVMerge().setVal(vMerge);
		}
		pr.addNewVAlign().setVal(STVerticalJc.CENTER);
	}

	private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setStyle("TableText");
		return p;
	}

	private static void headerText(XWPFTableCell cell, Span s, int size) {
		XWPFParagraph p = cellParagraph(cell);
		boolean leafRow = s.kind() == HeaderLayout.Kind.ROW && s.node() instanceof Leaf;
		p.setAlignment(leafRow ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
		// column headings in 黑体 as the official template prints them; row labels in the body face
		String face = s.kind() == HeaderLayout.Kind.ROW ? BODY_FONT : HEI;
		run(p, s.text(), face, s.kind() == HeaderLayout.Kind.ROW ? LATIN : HEI, size, false);
	}

	private static void dataText(XWPFTableCell cell, CellValue v, int size) {
		XWPFParagraph p = cellParagraph(cell);
		run(p, v.text(), BODY_FONT, LATIN, size, false);
		if (v.hasNote()) {
			XWPFParagraph n = cell.addParagraph();
			n.setStyle("TableText");
			run(n, "（" + v.note() + "）", BODY_FONT, LATIN, NOTE_HALF_POINTS, false);
		}
	}
}
