package org.nianbao.importer.source;

import java.util.List;

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
		return refused("PDF 已加密，需要密码才能打开，请提供未加密的文件 (encrypted PDF: a password is required)");
	}

	static ImportException extractionForbidden() {
		return refused("PDF 已加密，其权限设置禁止提取文字，请提供未加密的文件 (encrypted PDF: text extraction is not permitted)");
	}

	static ImportException truncated() {
		return unknown("文件不完整（缺少文件尾 %%EOF），可能未下载完整 (damaged PDF: truncated, no %%EOF)");
	}

	static ImportException damaged(Throwable e) {
		String why = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
		return unknown("文件已损坏，无法解析：" + why + " (damaged PDF, not parseable)");
	}

	static ImportException tooManyPages(int pages) {
		return refused("PDF 页数过多（" + pages + " 页，上限 " + ImportLimits.MAX_PDF_PAGES + " 页）(too many pages: " + pages
				+ ", limit " + ImportLimits.MAX_PDF_PAGES + ")");
	}

	static ImportException timeUp(long millis) {
		return refused("PDF 文字提取超时（超过 " + millis / 1000.0 + " 秒），文件可能过于复杂或有害 (PDF text extraction timed out after "
				+ millis + " ms)");
	}

	static ImportException tooComplex() {
		return refused("PDF 结构过于复杂（对象嵌套过深或数据过大），已停止读取 (PDF too deeply nested or too large to read)");
	}

	static ImportException noTextLayer() {
		return refused("PDF 没有文字层，可能是扫描件；本工具不做文字识别（OCR），请提供带文字的 PDF 或网页、文本、.docx "
				+ "(no text layer: a scanned PDF? no OCR is done)");
	}

	static ImportException unmapped(String sample) {
		return refused("PDF 的字体缺少 Unicode 映射，提取出的文字是乱码（如“" + sample + "”），请提供网页、文本或 .docx "
				+ "(fonts lack a Unicode mapping: the text layer is garbage)");
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

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	private static ImportException refused(String why) {
		return new ImportException(1, ImportCodes.REFUSED, "拒绝导入：" + why);
	}

	private static ImportException unknown(String why) {
		return new ImportException(1, ImportCodes.UNKNOWN_FORM, "无法读取 PDF：" + why);
	}
}
