package org.nianbao.generator.docx;

import static org.nianbao.generator.docx.Twips.big;
import static org.nianbao.generator.docx.Twips.halfPoints;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.layout.OfficialLayout.Face;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles of the official layout (GB/T 9704), written into the built-in reference DOCX. The report's
 * content names only these styles, never a font or a size, so that an organ's reference DOCX restyles it.
 */
public final class DocxStyles {
	private DocxStyles() {
	}

	// paragraph styles
	public static final String NORMAL = "Normal", TITLE = "Title", HEADING1 = "Heading1", HEADING2 = "Heading2",
			HEADING3 = "Heading3", TABLE_TEXT = "TableText", TABLE_TEXT_WIDE = "TableTextWide",
			TABLE_CAPTION = "TableCaption", FOOTER = "Footer", SIGNATURE = "Signature", IMPRINT = "Imprint";
	// character styles
	public static final String LEAD = "Lead", COLUMN_HEADING = "ColumnHeading", CELL_NOTE = "CellNote";

	/** Every style the generator names, with the English name Word shows (and matches a house style's by). */
	public static final List<String[]> NAMES = List.of(new String[] { NORMAL, "Normal" }, new String[] { TITLE, "Title" },
			new String[] { HEADING1, "heading 1" }, new String[] { HEADING2, "heading 2" },
			new String[] { HEADING3, "heading 3" }, new String[] { TABLE_TEXT, "Table Text" },
			new String[] { TABLE_TEXT_WIDE, "Table Text Wide" }, new String[] { TABLE_CAPTION, "Table Caption" },
			new String[] { FOOTER, "footer" }, new String[] { SIGNATURE, "Signature" }, new String[] { IMPRINT, "Imprint" }, new String[] { LEAD, "Lead" },
			new String[] { COLUMN_HEADING, "Column Heading" }, new String[] { CELL_NOTE, "Cell Note" });

	static final int BODY = halfPoints(OfficialLayout.BODY_PT);

	static CTStyles build() {
		CTStyles ct = CTStyles.Factory.newInstance();
		var defaults = ct.addNewDocDefaults();
		CTRPr drpr = defaults.addNewRPrDefault().addNewRPr();
		fonts(drpr, Face.BODY.official(), BODY, false);
		drpr.addNewLang().setEastAsia("zh-CN");
		CTPPrGeneral dppr = defaults.addNewPPrDefault().addNewPPr();
		// No paragraph snaps to the document grid: the grid (DocxPage) tells Word and WPS 22 × 28, the exact
		// line height and character spacing set it. LibreOffice snapping to it put each 16 pt character in two
		// 15.79 pt cells on many lines (14 characters, spread out), and set table rows on whole grid lines.
		dppr.addNewSnapToGrid().setVal(Boolean.FALSE);
		spacing(dppr.addNewSpacing(), Twips.LINE, STLineSpacingRule.EXACT);

		CTStyle normal = style(ct, NORMAL, null, STStyleType.PARAGRAPH);
		normal.setDefault(true);
		CTPPrGeneral nppr = normal.addNewPPr();
		nppr.addNewJc().setVal(STJc.BOTH);
		// 孤行控制 off, as 公文 templates set it: every full page holds its 22 lines (with it LibreOffice moved a
		// three-line paragraph whole to the next page and left two lines empty)
		nppr.addNewWidowControl().setVal(Boolean.FALSE);
		var ind = nppr.addNewInd();
		ind.setFirstLineChars(big(200));
		ind.setFirstLine(big(2 * Twips.BODY_CHAR));
		spacing(nppr.addNewSpacing(), Twips.LINE, STLineSpacingRule.EXACT);
		CTRPr nrpr = normal.addNewRPr();
		fonts(nrpr, Face.BODY.official(), BODY, false);
		// 28 characters a line in LibreOffice too (see Twips.BODY_CHAR_SPACING); other sizes reset it
		nrpr.addNewSpacing().setVal(big(Twips.BODY_CHAR_SPACING));

		// 7.3.1: 二号小标宋体, centred; one blank body line after it. Off the grid: 35 pt for 22 pt glyphs
		CTStyle title = style(ct, TITLE, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral tppr = offGrid(title);
		tppr.addNewJc().setVal(STJc.CENTER);
		tppr.addNewInd().setFirstLine(big(0));
		spacing(tppr.addNewSpacing(), 700, STLineSpacingRule.EXACT).setAfter(big(Twips.LINE));
		CTRPr trpr = title.addNewRPr();
		fonts(trpr, Face.TITLE.official(), halfPoints(OfficialLayout.TITLE_PT), false);
		trpr.addNewSpacing().setVal(big(0));

		// 7.3.3: 第一层黑体字、第二层楷体字、第三层仿宋体字 (bold, as the format prints “1.” headings)
		heading(ct, HEADING1, 0, Face.HEI, false);
		heading(ct, HEADING2, 1, Face.KAI, false);
		heading(ct, HEADING3, 2, Face.BODY, true);
		CTStyle lead = style(ct, LEAD, null, STStyleType.CHARACTER);
		eastAsia(lead.addNewRPr(), Face.KAI.official());

		CTStyle table = style(ct, TABLE_TEXT, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral tbppr = offGrid(table);
		tbppr.addNewJc().setVal(STJc.CENTER);
		tbppr.addNewInd().setFirstLine(big(0));
		spacing(tbppr.addNewSpacing(), 240, STLineSpacingRule.AUTO);
		CTRPr tbrpr = table.addNewRPr();
		fonts(tbrpr, Face.BODY.official(), halfPoints(OfficialLayout.TABLE_PT), false);
		tbrpr.addNewSpacing().setVal(big(0));
		CTStyle wide = style(ct, TABLE_TEXT_WIDE, TABLE_TEXT, STStyleType.PARAGRAPH);
		size(wide.addNewRPr(), halfPoints(OfficialLayout.WIDE_TABLE_PT));
		CTStyle columnHeading = style(ct, COLUMN_HEADING, null, STStyleType.CHARACTER);
		eastAsia(columnHeading.addNewRPr(), Face.HEI.official());
		CTStyle note = style(ct, CELL_NOTE, null, STStyleType.CHARACTER);
		size(note.addNewRPr(), halfPoints(OfficialLayout.NOTE_PT));

		CTStyle caption = style(ct, TABLE_CAPTION, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral cppr = offGrid(caption);
		cppr.addNewKeepNext();
		cppr.addNewJc().setVal(STJc.CENTER);
		cppr.addNewInd().setFirstLine(big(0));
		spacing(cppr.addNewSpacing(), 400, STLineSpacingRule.EXACT).setBefore(big(120));
		CTRPr crpr = caption.addNewRPr();
		fonts(crpr, Face.HEI.official(), halfPoints(OfficialLayout.CAPTION_PT), false);
		crpr.addNewSpacing().setVal(big(0));

		// 7.5: 4 号半角宋体阿拉伯数字
		CTStyle footer = style(ct, FOOTER, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral fppr = offGrid(footer);
		fppr.addNewJc().setVal(STJc.CENTER);
		fppr.addNewInd().setFirstLine(big(0));
		spacing(fppr.addNewSpacing(), 240, STLineSpacingRule.AUTO);
		CTRPr frpr = footer.addNewRPr();
		CTFonts ff = frpr.addNewRFonts();
		ff.setAscii(Face.SONG.official());
		ff.setHAnsi(Face.SONG.official());
		ff.setEastAsia(Face.SONG.official());
		size(frpr, halfPoints(OfficialLayout.PAGE_NUMBER_PT));
		frpr.addNewSpacing().setVal(big(0));

		// 7.4: the 版记 in 4 号仿宋, one character in on both sides, on the body's line pitch
		CTStyle imprint = style(ct, IMPRINT, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral ippr = offGrid(imprint);
		ippr.addNewJc().setVal(STJc.LEFT);
		spacing(ippr.addNewSpacing(), Twips.LINE, STLineSpacingRule.EXACT);
		var iind = ippr.addNewInd();
		iind.setLeft(big(Twips.IMPRINT_CHAR));
		iind.setRight(big(Twips.IMPRINT_CHAR));
		iind.setFirstLine(big(0));
		CTRPr irpr = imprint.addNewRPr();
		fonts(irpr, Face.BODY.official(), halfPoints(OfficialLayout.IMPRINT_PT), false);
		irpr.addNewSpacing().setVal(big(0));

		CTStyle signature = style(ct, SIGNATURE, NORMAL, STStyleType.PARAGRAPH);
		CTPPrGeneral sppr = signature.addNewPPr();
		sppr.addNewJc().setVal(STJc.RIGHT);
		sppr.addNewInd().setFirstLine(big(0));
		return ct;
	}

	private static CTStyle style(CTStyles ct, String id, String basedOn, STStyleType.Enum type) {
		CTStyle s = ct.addNewStyle();
		s.setType(type);
		s.setStyleId(id);
		s.addNewName().setVal(NAMES.stream().filter(n -> n[0].equals(id)).findFirst().orElseThrow()[1]);
		if (basedOn != null) {
			s.addNewBasedOn().setVal(basedOn);
		}
		s.addNewQFormat();
		return s;
	}

	/** Off the document grid, as every paragraph is (see the defaults); said again where a house style may differ. */
	private static CTPPrGeneral offGrid(CTStyle s) {
		CTPPrGeneral p = s.addNewPPr();
		p.addNewSnapToGrid().setVal(Boolean.FALSE);
		return p;
	}

	private static void heading(CTStyles ct, String id, int level, Face face, boolean bold) {
		CTStyle h = style(ct, id, NORMAL, STStyleType.PARAGRAPH);
		h.addNewNext().setVal(NORMAL);
		CTPPrGeneral p = h.addNewPPr();
		p.addNewKeepNext();
		p.addNewOutlineLvl().setVal(big(level));
		CTRPr r = h.addNewRPr();
		eastAsia(r, face.official());
		if (bold) {
			r.addNewB();
			r.addNewBCs();
		}
	}

	private static CTSpacing spacing(CTSpacing s, int line, STLineSpacingRule.Enum rule) {
		s.setLine(big(line));
		s.setLineRule(rule);
		s.setBefore(big(0));
		s.setAfter(big(0));
		return s;
	}

	private static void fonts(CTRPr rpr, String eastAsia, int halfPoints, boolean bold) {
		CTFonts f = rpr.addNewRFonts();
		f.setAscii(OfficialLayout.LATIN);
		f.setHAnsi(OfficialLayout.LATIN);
		f.setCs(OfficialLayout.LATIN);
		f.setEastAsia(eastAsia);
		if (bold) {
			rpr.addNewB();
			rpr.addNewBCs();
		}
		size(rpr, halfPoints);
	}

	private static void eastAsia(CTRPr rpr, String font) {
		rpr.addNewRFonts().setEastAsia(font);
	}

	private static void size(CTRPr rpr, int halfPoints) {
		rpr.addNewSz().setVal(big(halfPoints));
		rpr.addNewSzCs().setVal(big(halfPoints));
	}

	/** The font table with the fallbacks: Word substitutes w:altName when the named font is missing. */
	static void fontTable(XWPFDocument doc) throws InvalidFormatException, IOException {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
				.append("<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (Face face : Face.values()) {
			// charset 86 = GB2312; the second name is the usual fallback (宋体 for 小标宋, 仿宋 for 仿宋_GB2312)
			x.append("<w:font w:name=\"").append(face.official()).append("\"><w:altName w:val=\"")
					.append(face == Face.TITLE ? Face.SONG.official() : face.names().get(1)).append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"")
					.append(face == Face.TITLE ? "roman" : "modern").append("\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		x.append("<w:font w:name=\"").append(OfficialLayout.LATIN).append("\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>")
				.append("<w:pitch w:val=\"variable\"/></w:font></w:fonts>");
		OPCPackage pkg = doc.getPackage();
		PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
		PackagePart part = pkg.createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
		try (OutputStream os = part.getOutputStream()) {
			os.write(x.toString().getBytes(StandardCharsets.UTF_8));
		}
		doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
				"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
	}
}
