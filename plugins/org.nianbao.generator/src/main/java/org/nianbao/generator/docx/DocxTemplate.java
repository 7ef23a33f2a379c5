package org.nianbao.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.XmlText;
import org.nianbao.generator.office.OfficeZip;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A reference DOCX made ready once, for every report written into it: read with POI, its body emptied
 * (the section properties kept), the styles the generator names resolved (by id, else by name; what the
 * reference lacks added from the built-in one), the custom property {@link ReferenceDoc#STYLE_PROPERTY}
 * set, and written back; its parts are then kept as bytes. A report is that package with its body
 * ({@link WordXml}) inside {@code word/document.xml} and its title and author in {@code docProps/core.xml}:
 * styles, numbering, settings, fonts, headers and footers are copied, never parsed again (reopening the
 * reference per report was 40 % of a report's time).
 */
final class DocxTemplate {

	static {
		PoiLogging.quiet();
	}

	private static final String DOCUMENT = "word/document.xml", CORE = "docProps/core.xml";
	private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	/** Stand-ins written into core.xml once and replaced per report. */
	private static final String TITLE = "NIANBAO-TITLE-7f3a", CREATOR = "NIANBAO-CREATOR-7f3a";
	private static final Pattern BODY = Pattern.compile("<(?:[\\w.-]+:)?body\\b[^>]*?(/?)>");

	private record Part(String name, byte[] bytes) {
	}

	private final List<Part> parts;
	private final String documentHead, documentTail, core;
	private final Map<String, String> styleIds;
	private final int typeWidth, typeHeight;
	/** The section properties of the body (the reference's), and the tail with the last section on an even page. */
	private final String sectPr, evenPageTail;

	private DocxTemplate(List<Part> parts, String documentHead, String documentTail, String core,
			Map<String, String> styleIds, int typeWidth, int typeHeight) {
		this.parts = parts;
		this.documentHead = documentHead;
		this.documentTail = documentTail;
		this.core = core;
		this.styleIds = styleIds;
		this.typeWidth = typeWidth;
		this.typeHeight = typeHeight;
		int start = documentTail.indexOf("<w:sectPr"), end = documentTail.indexOf("</w:sectPr>");
		if (start >= 0 && end > start) {
			sectPr = documentTail.substring(start, end + "</w:sectPr>".length());
			String tail = documentTail.replaceAll("<w:type\\b[^>]*/>", "");
			Matcher m = AFTER_TYPE.matcher(tail);
			evenPageTail = m.find(tail.indexOf("<w:sectPr"))
					? tail.substring(0, m.start()) + "<w:type w:val=\"evenPage\"/>" + tail.substring(m.start())
					: null;
		} else {
			sectPr = null;
			evenPageTail = null;
		}
	}

	/** The elements of CT_SectPr that come after w:type (its schema order), and the end of the element. */
	private static final Pattern AFTER_TYPE = Pattern.compile("<w:(?:pgSz|pgMar|paperSrc|pgBorders|lnNumType|pgNumType|cols|formProt"
			+ "|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)\\b|</w:sectPr>");

	/** Whether a last section can start on an even page (the reference has section properties to copy). */
	boolean canStartEvenPage() {
		return evenPageTail != null;
	}

	/** A paragraph that ends the text's section with the reference's page setup (the next section follows). */
	String sectionBreak() {
		return "<w:p><w:pPr>" + sectPr + "</w:pPr></w:p>";
	}

	/** The type area's height (twips): the page less its top and bottom margins. */
	int typeHeight() {
		return typeHeight;
	}

	/** The id a style of the generator's ({@link DocxStyles}) has in this reference. */
	String style(String id) {
		return styleIds.getOrDefault(id, id);
	}

	/** The type area's width (twips): the page less its left and right margins. */
	int typeWidth() {
		return typeWidth;
	}

	/**
	 * A report: this package with the body and the core properties given; {@code evenPage}: the body's
	 * last section (after a {@link #sectionBreak}) starts on an even page.
	 */
	byte[] write(String body, String title, String creator, boolean evenPage) {
		OfficeZip zip = new OfficeZip();
		for (Part p : parts) {
			if (p.name().equals(DOCUMENT)) {
				zip.add(p.name(), documentHead + body + (evenPage && evenPageTail != null ? evenPageTail : documentTail));
			} else if (p.name().equals(CORE) && core != null) {
				zip.add(p.name(), core.replace(TITLE, xml(title)).replace(CREATOR, xml(creator)));
			} else {
				zip.add(p.name(), p.bytes());
			}
		}
		return zip.bytes();
	}

	private static String xml(String s) {
		StringBuilder b = new StringBuilder(s.length() + 8);
		XmlText.escape(b, WordXml.clean(s));
		return b.toString();
	}

	/** Reads and prepares a reference DOCX; fails on a file POI cannot read. */
	static DocxTemplate of(String name, byte[] reference) throws IOException {
		ByteArrayOutputStream prepared = new ByteArrayOutputStream();
		Map<String, String> ids;
		int typeWidth, typeHeight;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(reference))) {
			for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
				doc.removeBodyElement(i);
			}
			ids = resolveStyles(doc.getStyles() != null ? doc.getStyles() : doc.createStyles());
			var custom = doc.getProperties().getCustomProperties();
			if (custom.contains(ReferenceDoc.STYLE_PROPERTY)) {
				custom.getProperty(ReferenceDoc.STYLE_PROPERTY).setLpwstr(name);
			} else {
				custom.addProperty(ReferenceDoc.STYLE_PROPERTY, name);
			}
			var coreProperties = doc.getProperties().getCoreProperties();
			coreProperties.setTitle(TITLE);
			coreProperties.setCreator(CREATOR);
			int[] area = typeArea(doc);
			typeWidth = area[0];
			typeHeight = area[1];
			doc.write(prepared);
		}
		List<Part> parts = new ArrayList<>();
		String document = null, core = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(prepared.toByteArray()))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				byte[] bytes = zip.readAllBytes();
				parts.add(new Part(e.getName(), bytes));
				if (e.getName().equals(DOCUMENT)) {
					document = new String(bytes, StandardCharsets.UTF_8);
				} else if (e.getName().equals(CORE)) {
					core = new String(bytes, StandardCharsets.UTF_8);
				}
			}
		}
		if (document == null) {
			throw new IOException("没有 " + DOCUMENT + " (no main document part)");
		}
		Matcher body = BODY.matcher(document);
		if (!body.find()) {
			throw new IOException(DOCUMENT + " 没有 body 元素 (no body element)");
		}
		String head = document.substring(0, body.start()), tail = document.substring(body.end());
		if (body.group(1).isEmpty()) {
			head = document.substring(0, body.end());
		} else { // <w:body/>: the body had no section properties
			head += "<w:body>";
			tail = "</w:body>" + tail;
		}
		return new DocxTemplate(List.copyOf(parts), declareW(head), tail, core, Map.copyOf(ids), typeWidth, typeHeight);
	}

	/** The body is written with the prefix {@code w}: declared on the root when the reference names it otherwise. */
	private static String declareW(String head) {
		if (head.contains("xmlns:w=\"" + W_NS + "\"")) {
			return head;
		}
		Matcher root = Pattern.compile("<(?:[\\w.-]+:)?document\\b").matcher(head);
		if (!root.find()) {
			return head;
		}
		return head.substring(0, root.end()) + " xmlns:w=\"" + W_NS + "\"" + head.substring(root.end());
	}

	private static Map<String, String> resolveStyles(XWPFStyles styles) throws IOException {
		Map<String, String> ids = new HashMap<>();
		XWPFStyles builtin = null;
		XWPFDocument builtinDoc = null;
		try {
			for (String[] s : DocxStyles.NAMES) {
				if (styles.styleExist(s[0])) {
					continue;
				}
				XWPFStyle byName = styles.getStyleWithName(s[1]);
				if (byName == null) {
					byName = styles.getStyleWithName(s[1].toLowerCase(Locale.ROOT));
				}
				if (byName != null) {
					ids.put(s[0], byName.getStyleId());
					continue;
				}
				if (builtin == null) {
					builtinDoc = new XWPFDocument(new ByteArrayInputStream(ReferenceDoc.builtinBytes()));
					builtin = builtinDoc.getStyles();
				}
				CTStyle copy = (CTStyle) builtin.getStyle(s[0]).getCTStyle().copy();
				styles.addStyle(new XWPFStyle(copy, styles));
			}
		} finally {
			if (builtinDoc != null) {
				builtinDoc.close();
			}
		}
		return ids;
	}

	/**
	 * The type area (twips): {width, height}, the page less its margins (a negative top or bottom margin,
	 * "at least", counts by its size); the official type area when the document sets none.
	 */
	static int[] typeArea(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().getSectPr();
		CTPageSz size = sect == null ? null : sect.getPgSz();
		CTPageMar mar = sect == null ? null : sect.getPgMar();
		if (size == null || mar == null || size.getW() == null || size.getH() == null) {
			return new int[] { Twips.TYPE_W, Twips.TYPE_H };
		}
		return new int[] { (int) (twips(size.getW()) - twips(mar.getLeft()) - twips(mar.getRight())),
				(int) (twips(size.getH()) - Math.abs(twips(mar.getTop())) - Math.abs(twips(mar.getBottom()))) };
	}

	private static long twips(Object v) {
		return v == null ? 0 : new BigInteger(v.toString()).longValue();
	}
}
