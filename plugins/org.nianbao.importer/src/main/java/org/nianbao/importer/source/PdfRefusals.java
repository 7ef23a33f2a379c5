package org.nianbao.importer.source;

import java.util.List;

import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportLimits;

/** The PDFs the reader refuses, each with its message: Chinese first, an English gloss after. */
final class PdfRefusals {
	private PdfRefusals() {
	}

	/** Below this share of readable characters the text layer is taken for garbage. */
	static final double MIN_READABLE = 0.5;
	/** Above this share of private-use characters and U+FFFD the fonts lack a Unicode mapping. */
	static final double MAX_UNMAPPED = 0.2;

	static ImportException encrypted() {
		return refused("pdf.encrypted");
	}

	static ImportException extractionForbidden() {
		return refused("pdf.extraction-forbidden");
	}

	static ImportException truncated() {
		return unknown("pdf.truncated");
	}

	static ImportException damaged(Throwable e) {
		String why = e.getMessage() == null ? e.getClass().getSimpleName() : Texts.firstLine(e.getMessage());
		return unknown("pdf.damaged", why);
	}

	static ImportException tooManyPages(int pages) {
		return refused("pdf.pages", pages, ImportLimits.MAX_PDF_PAGES);
	}

	static ImportException timeUp(long millis) {
		return refused("pdf.timeout", millis / 1000.0, millis);
	}

	static ImportException tooComplex() {
		return refused("pdf.complex");
	}

	static ImportException noTextLayer() {
		return refused("pdf.no-text");
	}

	static ImportException unmapped(String sample) {
		return refused("pdf.unmapped", sample);
	}

	/**
	 * Refuses a text layer that is not text: glyphs shown but none mapped to Unicode, or mostly
	 * characters no report is written in (private use, U+FFFD, controls, unrelated scripts).
	 */
	static void checkText(List<PdfGlyphs.Page> pages, long shown) throws ImportException {
		long total = 0, readable = 0, unmapped = 0;
		StringBuilder sample = new StringBuilder();
		for (PdfGlyphs.Page page : pages) {
			for (PdfGlyph g : page.glyphs()) {
				String t = g.text();
				for (int i = 0; i < t.length();) {
					int cp = t.codePointAt(i);
					i += Character.charCount(cp);
					total++;
					if (readable(cp)) {
						readable++;
					} else {
						if (privateUse(cp) || cp == 0xfffd || Character.isISOControl(cp)) {
							unmapped++;
						}
						if (sample.length() < 12 && !Character.isISOControl(cp)) {
							sample.appendCodePoint(cp);
						}
					}
				}
			}
		}
		if (total == 0) {
			if (shown > 0) {
				throw unmapped("（无可用字符）");
			}
			throw noTextLayer();
		}
		if (readable < MIN_READABLE * total || unmapped > MAX_UNMAPPED * total) {
			throw unmapped(sample.toString());
		}
	}

	/** CJK, ASCII, Latin-1 and the punctuation, number forms and symbols reports use. */
	static boolean readable(int cp) {
		return cp >= 0x20 && cp < 0x7f || cp >= 0xa0 && cp <= 0xff || cp >= 0x2000 && cp <= 0x206f
				|| cp >= 0x2150 && cp <= 0x218f || cp >= 0x2190 && cp <= 0x21ff || cp >= 0x2460 && cp <= 0x24ff
				|| cp >= 0x2500 && cp <= 0x25ff || cp >= 0x3000 && cp <= 0x303f || cp >= 0x3400 && cp <= 0x4dbf
				|| cp >= 0x4e00 && cp <= 0x9fff || cp >= 0xff00 && cp <= 0xffef || cp >= 0x20000 && cp <= 0x2fa1f
				|| cp == 0x2116 || cp == 0x2103 || cp == 0x00b7;
	}

	private static boolean privateUse(int cp) {
		return cp >= 0xe000 && cp <= 0xf8ff || cp >= 0xf0000;
	}

	private static ImportException refused(String key, Object... args) {
		return new ImportException(1, ImportCodes.REFUSED, Phrases.IMPORTER.render(key, args));
	}

	private static ImportException unknown(String key, Object... args) {
		return new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render(key, args));
	}
}
