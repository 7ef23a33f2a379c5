package org.nianbao.importer.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;

/**
 * PDFs written in the tests, content streams by hand: text at positions in a CID font whose codes
 * are the characters' code points (full-width 1000, ASCII 500 units), its ToUnicode mapping them
 * to themselves or, for a font that lacks a Unicode mapping, into the private-use area; table
 * rules as stroked lines or filled bars. The Noto CJK fonts installed have CFF outlines, which PDFBox cannot
 * subset, and text extraction needs only the mapping and the widths.
 */
final class TestPdfs {

	private final List<StringBuilder> pages = new ArrayList<>();
	private boolean privateUse, selfDrawing;

	TestPdfs page() {
		pages.add(new StringBuilder());
		return this;
	}

	/** The font maps every code into the private-use area: what a font without ToUnicode yields. */
	TestPdfs privateUse() {
		privateUse = true;
		return this;
	}

	/** Every page draws the form XObject /Fm1, which draws itself: recursion a reader must survive. */
	TestPdfs selfDrawingForm() {
		selfDrawing = true;
		return this;
	}

	/** Text with its baseline's left end at (x, y) in points, y from the page's top. */
	TestPdfs text(float x, float y, float size, String text) {
		StringBuilder hex = new StringBuilder();
		text.chars().forEach(c -> hex.append(String.format(Locale.ROOT, "%04X", c)));
		current().append(String.format(Locale.ROOT, "BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET%n", size, x,
				PDRectangle.A4.getHeight() - y, hex));
		return this;
	}

	/** A stroked line from (x1, y1) to (x2, y2), y from the page's top. */
	TestPdfs line(float x1, float y1, float x2, float y2) {
		float h = PDRectangle.A4.getHeight();
		current().append(String.format(Locale.ROOT, "0.5 w %.2f %.2f m %.2f %.2f l S%n", x1, h - y1, x2, h - y2));
		return this;
	}

	/**
	 * A filled rectangle from (x, y) with width w and height h, y from the page's top downwards:
	 * a table rule as WPS draws it, a thin bar.
	 */
	TestPdfs bar(float x, float y, float w, float h) {
		float top = PDRectangle.A4.getHeight();
		current().append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re f%n", x, top - y - h, w, h));
		return this;
	}

	/** Raw content-stream operators on the current page. */
	TestPdfs raw(String operators) {
		current().append(operators).append('\n');
		return this;
	}

	private StringBuilder current() {
		if (pages.isEmpty()) {
			page();
		}
		return pages.get(pages.size() - 1);
	}

	byte[] bytes() throws IOException {
		return bytes(null);
	}

	byte[] bytes(ProtectionPolicy protection) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			COSDictionary font = font(doc);
			for (StringBuilder content : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				COSDictionary fonts = new COSDictionary();
				fonts.setItem(COSName.getPDFName("F1"), font);
				COSDictionary resources = new COSDictionary();
				resources.setItem(COSName.FONT, fonts);
				if (selfDrawing) {
					resources.setItem(COSName.XOBJECT, selfDrawing(doc));
					content.append("/Fm1 Do\n");
				}
				page.setResources(new PDResources(resources));
				page.setContents(new PDStream(doc,
						new ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
				doc.addPage(page);
			}
			if (protection != null) {
				doc.protect(protection);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static COSDictionary selfDrawing(PDDocument doc) throws IOException {
		COSStream form = doc.getDocument().createCOSStream();
		form.setItem(COSName.TYPE, COSName.XOBJECT);
		form.setItem(COSName.SUBTYPE, COSName.FORM);
		form.setItem(COSName.BBOX, floats(0, 0, 595, 842));
		COSDictionary xobjects = new COSDictionary();
		xobjects.setItem(COSName.getPDFName("Fm1"), form);
		COSDictionary resources = new COSDictionary();
		resources.setItem(COSName.XOBJECT, xobjects);
		form.setItem(COSName.RESOURCES, resources);
		try (var out = form.createOutputStream()) {
			out.write("q 1 0 0 1 1 1 cm /Fm1 Do Q".getBytes(StandardCharsets.US_ASCII));
		}
		return xobjects;
	}

	private COSDictionary font(PDDocument doc) throws IOException {
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "HandMadeCJK");
		descriptor.setInt(COSName.FLAGS, 4);
		descriptor.setItem(COSName.FONT_BBOX, floats(0, -120, 1000, 880));
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 700);
		descriptor.setInt(COSName.STEM_V, 80);

		COSDictionary system = new COSDictionary();
		system.setString(COSName.REGISTRY, "Adobe");
		system.setString(COSName.ORDERING, "Identity");
		system.setInt(COSName.SUPPLEMENT, 0);

		COSDictionary cid = new COSDictionary();
		cid.setItem(COSName.TYPE, COSName.FONT);
		cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		cid.setName(COSName.BASE_FONT, "HandMadeCJK");
		cid.setItem(COSName.CIDSYSTEMINFO, system);
		cid.setItem(COSName.FONT_DESC, descriptor);
		cid.setInt(COSName.DW, 1000);
		// ASCII is half width: [32 [500 500 …]]
		COSArray ascii = new COSArray();
		for (int c = 0x20; c < 0x7f; c++) {
			ascii.add(COSInteger.get(500));
		}
		COSArray w = new COSArray();
		w.add(COSInteger.get(0x20));
		w.add(ascii);
		cid.setItem(COSName.W, w);

		COSDictionary type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, "HandMadeCJK");
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		COSArray descendants = new COSArray();
		descendants.add(cid);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, toUnicode(doc));
		return type0;
	}

	/** Code = code point (one range per high byte, as CMaps require); or into the private-use area. */
	private COSStream toUnicode(PDDocument doc) throws IOException {
		StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
				+ "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
				+ "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
				+ "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
		int from = 0;
		while (from < 0x10000) {
			int n = Math.min(100, (0x10000 - from) / 256);
			cmap.append(n).append(" beginbfrange\n");
			for (int i = 0; i < n; i++, from += 256) {
				int target = privateUse ? 0xe000 + (from & 0x0f00) : from;
				if (from >= 0xd800 && from < 0xe000) {
					target = 0x3000; // no surrogates as targets
				}
				cmap.append(String.format(Locale.ROOT, "<%04X> <%04X> <%04X>%n", from, from + 255, target));
			}
			cmap.append("endbfrange\n");
		}
		cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
		COSStream s = doc.getDocument().createCOSStream();
		try (var out = s.createOutputStream()) {
			out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
		}
		return s;
	}

	private static COSArray floats(int... v) {
		COSArray a = new COSArray();
		for (int x : v) {
			a.add(COSInteger.get(x));
		}
		return a;
	}
}
