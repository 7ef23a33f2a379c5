package org.nianbao.generator.check;

import static org.nianbao.generator.check.LayoutChecker.f;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.docx.DocxStyles;
import org.nianbao.generator.docx.ReferenceDoc;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.layout.OfficialLayout.Face;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/**
 * What a DOCX declares, read with POI: page setup (5.2.1), document grid (5.2.3), the faces its styles
 * ask for (5.2.2, 7.3.1, 7.3.3, 7.5), every font it names, and the reference document it was written in.
 */
final class DeclaredLayout {

	static {
		PoiLogging.quiet();
	}

	/** Style id → the face GB/T 9704 gives it, with its clause. */
	private static final Map<String, Object[]> FACES = Map.of("Normal", new Object[] { Face.BODY, "5.2.2" }, "Title",
			new Object[] { Face.TITLE, "7.3.1" }, "Heading1", new Object[] { Face.HEI, "7.3.3" }, "Heading2",
			new Object[] { Face.KAI, "7.3.3" }, "Heading3", new Object[] { Face.BODY, "7.3.3" }, "Footer",
			new Object[] { Face.SONG, "7.5" });

	/** The fonts the document names (East Asian and Latin), in order of appearance. */
	final Set<String> requestedFonts = new LinkedHashSet<>();
	/** The reference document's name recorded by generate, or null. */
	String referenceDoc;

	void check(byte[] docx, List<Departure> found) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var custom = doc.getProperties().getCustomProperties();
			referenceDoc = custom.contains(ReferenceDoc.STYLE_PROPERTY)
					? custom.getProperty(ReferenceDoc.STYLE_PROPERTY).getLpwstr()
					: null;
			CTSectPr sect = doc.getDocument().getBody().getSectPr();
			pageSetup(sect, found);
			grid(sect, found);
			fonts(doc, found);
		}
	}

	private static void pageSetup(CTSectPr sect, List<Departure> found) {
		CTPageSz size = sect == null ? null : sect.getPgSz();
		CTPageMar mar = sect == null ? null : sect.getPgMar();
		if (size == null || mar == null) {
			found.add(new Departure(LayoutCodes.MARGINS, "5.2.1", 1, "文档未设置页面尺寸或页边距", "the document sets no page size or margins"));
			return;
		}
		double w = mm(size.getW()), h = mm(size.getH());
		double top = mm(mar.getTop()), left = mm(mar.getLeft());
		double typeW = w - left - mm(mar.getRight()), typeH = h - top - mm(mar.getBottom());
		margin(found, "天头（上白边）", "top margin", top, OfficialLayout.TOP);
		margin(found, "订口（左白边）", "left margin", left, OfficialLayout.LEFT);
		margin(found, "版心宽", "type area width", typeW, OfficialLayout.TYPE_W);
		margin(found, "版心高", "type area height", typeH, OfficialLayout.TYPE_H);
	}

	private static void margin(List<Departure> found, String zh, String en, double actual, double expected) {
		if (Math.abs(actual - expected) > OfficialLayout.TOLERANCE) {
			found.add(new Departure(LayoutCodes.MARGINS, "5.2.1", 1,
					"页面设置的" + zh + "为 " + f(actual) + " mm，应为 " + f(expected) + " mm ± 1 mm",
					en + " set to " + f(actual) + " mm, expected " + f(expected) + " mm ± 1 mm"));
		}
	}

	/**
	 * Word and WPS count lines and characters from the grid: floor(type height / linePitch) lines and
	 * floor(type width / (body size + charSpace / 4096 pt)) characters.
	 */
	private static void grid(CTSectPr sect, List<Departure> found) {
		CTDocGrid g = sect == null ? null : sect.getDocGrid();
		if (g == null || g.getType() != STDocGrid.LINES_AND_CHARS || g.getLinePitch() == null || g.getCharSpace() == null) {
			found.add(new Departure(LayoutCodes.DOCUMENT_GRID, "5.2.3", 1, "未设置“指定行和字符网格”（每面 22 行、每行 28 字）",
					"no lines-and-characters document grid (22 lines of 28 characters)"));
			return;
		}
		CTPageSz size = sect.getPgSz();
		CTPageMar mar = sect.getPgMar();
		if (size == null || mar == null) {
			return;
		}
		double typeH = twips(size.getH()) - twips(mar.getTop()) - twips(mar.getBottom());
		double typeW = twips(size.getW()) - twips(mar.getLeft()) - twips(mar.getRight());
		int lines = (int) Math.floor(typeH / twips(g.getLinePitch()));
		double pitch = OfficialLayout.BODY_PT + twips(g.getCharSpace()) / 4096;
		int chars = (int) Math.floor(typeW / 20 / pitch);
		if (lines != OfficialLayout.LINES || chars != OfficialLayout.CHARS) {
			found.add(new Departure(LayoutCodes.DOCUMENT_GRID, "5.2.3", 1,
					"文档网格为每面 " + lines + " 行、每行 " + chars + " 字，应为 22 行、28 字",
					"the document grid sets " + lines + " lines of " + chars + " characters, expected 22 × 28"));
		}
	}

	private void fonts(XWPFDocument doc, List<Departure> found) {
		XWPFStyles styles = doc.getStyles();
		if (styles != null) {
			for (var e : FACES.entrySet()) {
				// by id, else by name: a house document from Chinese Word calls Normal "a" and 标题 1 "1"
				XWPFStyle s = styles.getStyle(e.getKey());
				if (s == null) {
					s = DocxStyles.NAMES.stream().filter(n -> n[0].equals(e.getKey())).findFirst()
							.map(n -> styles.getStyleWithName(n[1])).orElse(null);
				}
				if (s == null) {
					continue;
				}
				String asked = eastAsia(styles, s);
				Face face = (Face) e.getValue()[0];
				if (asked != null && !face.is(asked)) {
					found.add(new Departure(LayoutCodes.WRONG_FONT, (String) e.getValue()[1], 1,
							"样式“" + s.getName() + "”用字体“" + asked + "”，应为" + face.official(),
							"style " + s.getName() + " asks for " + asked + ", expected " + face.official()));
				}
			}
			for (var s : styles.getStyles()) {
				CTRPr r = s.getCTStyle().getRPr();
				if (r != null) {
					names(r.getRFontsList());
				}
			}
		}
		for (XWPFParagraph p : doc.getParagraphs()) {
			for (XWPFRun r : p.getRuns()) {
				if (r.getCTR().getRPr() != null) {
					names(r.getCTR().getRPr().getRFontsList());
				}
			}
		}
	}

	private void names(List<CTFonts> fonts) {
		for (CTFonts f : fonts) {
			for (String n : new String[] { f.getEastAsia(), f.getAscii() }) {
				if (n != null && !n.isBlank()) {
					requestedFonts.add(n);
				}
			}
		}
	}

	/** The East Asian font a style asks for, through its basedOn chain. */
	private static String eastAsia(XWPFStyles styles, XWPFStyle s) {
		for (int depth = 0; s != null && depth < 20; depth++) {
			CTRPr r = s.getCTStyle().getRPr();
			if (r != null) {
				for (CTFonts f : r.getRFontsList()) {
					if (f.getEastAsia() != null) {
						return f.getEastAsia();
					}
				}
			}
			s = s.getBasisStyleID() == null ? null : styles.getStyle(s.getBasisStyleID());
		}
		return null;
	}

	static double twips(Object v) {
		return v == null ? 0 : new BigInteger(v.toString()).doubleValue();
	}

	private static double mm(Object twips) {
		return twips(twips) / 1440 * 25.4;
	}
}
