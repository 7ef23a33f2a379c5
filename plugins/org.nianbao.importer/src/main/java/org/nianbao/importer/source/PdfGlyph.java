package org.nianbao.importer.source;

/**
 * One glyph of a PDF page's text layer, in points with y growing downwards from the page's top
 * (the baseline). {@code columns} is its width on a character grid: 2 for CJK and full-width
 * forms, 1 otherwise, as a monospaced terminal (and pdftotext) counts them.
 */
record PdfGlyph(String text, float x, float y, float width, float size, int columns) {

	float end() {
		return x + width;
	}

	/** Width of one grid column as this glyph suggests it. */
	float unit() {
		return width / columns;
	}

	static int columns(String text) {
		int n = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			n += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return Math.max(1, n);
	}

	/** East Asian wide and full-width code points (Unicode's UAX #11, the ranges reports use). */
	static boolean wide(int cp) {
		return cp >= 0x1100 && cp <= 0x115f || cp >= 0x2e80 && cp <= 0x303e || cp >= 0x3041 && cp <= 0x33ff
				|| cp >= 0x3400 && cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9fff || cp >= 0xa000 && cp <= 0xa4cf
				|| cp >= 0xac00 && cp <= 0xd7a3 || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f
				|| cp >= 0xff00 && cp <= 0xff60 || cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x20000 && cp <= 0x3fffd;
	}
}
