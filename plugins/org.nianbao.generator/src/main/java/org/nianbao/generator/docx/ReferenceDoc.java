package org.nianbao.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.nianbao.generator.PoiLogging;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A reference DOCX, as pandoc's {@code --reference-doc}: the report is written into a copy of it, so its
 * styles, fonts, page setup, document grid, headers and footers are the report's. The built-in one is
 * the official layout ({@value #BUILTIN}); an organ's Word file gives its house style.
 * <p>
 * The report names its styles by id ({@link DocxStyles}); a house document's style is found by id, else
 * by name (Chinese Word gives 标题 1 the id "1" and the name "heading 1"), else the built-in one is added.
 */
public final class ReferenceDoc {

	static {
		PoiLogging.quiet();
	}

	public static final String BUILTIN = "gbt9704-reference.docx";
	/** The custom document property that records which style a DOCX was written in (read by check-layout). */
	public static final String STYLE_PROPERTY = "NianbaoReferenceDoc";
	public static final String BUILTIN_NAME = "GB/T 9704";

	private static final ReferenceDoc BUILTIN_DOC = new ReferenceDoc(BUILTIN_NAME, builtinBytes());

	private final String name;
	private final byte[] bytes;

	private ReferenceDoc(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes;
	}

	public static ReferenceDoc builtin() {
		return BUILTIN_DOC;
	}

	/**
	 * An organ's reference document; refused when it is not a DOCX POI can read.
	 *
	 * @param name how the output records it (the file's name)
	 */
	public static ReferenceDoc of(String name, byte[] docx) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			doc.getStyles();
		} catch (RuntimeException e) {
			throw new IOException("不是可读的 DOCX 文件 (not a readable DOCX file): " + e.getMessage(), e);
		}
		return new ReferenceDoc(name, docx.clone());
	}

	public String name() {
		return name;
	}

	public boolean isBuiltin() {
		return this == BUILTIN_DOC;
	}

	private static byte[] builtinBytes() {
		try (InputStream in = ReferenceDoc.class.getResourceAsStream(BUILTIN)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + BUILTIN);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An open document to write into: the reference with its body emptied (the section properties kept). */
	Opened open() throws IOException {
		XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
		for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
			doc.removeBodyElement(i);
		}
		Map<String, String> ids = resolveStyles(doc.getStyles() != null ? doc.getStyles() : doc.createStyles());
		var custom = doc.getProperties().getCustomProperties();
		if (custom.contains(STYLE_PROPERTY)) {
			custom.getProperty(STYLE_PROPERTY).setLpwstr(name);
		} else {
			custom.addProperty(STYLE_PROPERTY, name);
		}
		return new Opened(doc, ids, typeWidth(doc));
	}

	/** The document, the ids its styles have for the generator's, and the type area's width (twips). */
	record Opened(XWPFDocument doc, Map<String, String> styleIds, int typeWidth) {
		String style(String id) {
			return styleIds.getOrDefault(id, id);
		}
	}

	private Map<String, String> resolveStyles(XWPFStyles styles) throws IOException {
		Map<String, String> ids = new HashMap<>();
		XWPFStyles builtin = null;
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
				builtin = builtinStyles();
			}
			CTStyle copy = (CTStyle) builtin.getStyle(s[0]).getCTStyle().copy();
			styles.addStyle(new XWPFStyle(copy, styles));
		}
		return ids;
	}

	private static XWPFStyles builtinStyles() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(BUILTIN_DOC.bytes))) {
			return doc.getStyles();
		}
	}

	/** Page width less the left and right margins; the official type area when the document sets none. */
	static int typeWidth(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().getSectPr();
		CTPageSz size = sect == null ? null : sect.getPgSz();
		CTPageMar mar = sect == null ? null : sect.getPgMar();
		if (size == null || mar == null || size.getW() == null) {
			return Twips.TYPE_W;
		}
		return (int) (twips(size.getW()) - twips(mar.getLeft()) - twips(mar.getRight()));
	}

	static long twips(Object v) {
		return v == null ? 0 : new BigInteger(v.toString()).longValue();
	}
}
