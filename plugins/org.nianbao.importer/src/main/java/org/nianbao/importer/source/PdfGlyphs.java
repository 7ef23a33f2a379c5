package org.nianbao.importer.source;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every page's glyphs with their positions, as PDFBox's text stripper computes them
 * (fonts, text matrices, rotation, fake-bold duplicates suppressed), without letting the stripper
 * lay anything out: {@link PdfLayout} does that from the positions. Stops when a deadline passes.
 */
final class PdfGlyphs extends PDFTextStripper {

	/**
	 * One page: its size in points, its glyphs (whitespace glyphs left out: gaps are geometry) and
	 * the vertical and horizontal rules it draws.
	 */
	record Page(int number, float width, float height, List<PdfGlyph> glyphs, List<PdfRules.Rule> rules,
			List<PdfRules.Across> across) {
	}

	/** Thrown from inside PDFBox's content parsing when the time is up (unchecked: it must pass through). */
	static final class TimeUp extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TimeUp() {
			super(null, null, false, false);
		}
	}

	private final long deadline;
	private final List<Page> pages = new ArrayList<>();
	private final PdfRules rules = new PdfRules();
	private int operators;
	/** Glyphs the content streams showed, with or without a Unicode mapping. */
	private long shown;

	PdfGlyphs(long deadlineNanos) {
		this.deadline = deadlineNanos;
		setSortByPosition(false);
		setSuppressDuplicateOverlappingText(true);
	}

	List<Page> read(PDDocument doc, int maxPages) throws IOException {
		setStartPage(1);
		setEndPage(maxPages);
		writeText(doc, Writer.nullWriter());
		return pages;
	}

	long shown() {
		return shown;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		// Checking the clock every operator would cost more than the check saves.
		if ((++operators & 0xff) == 0 && System.nanoTime() - deadline > 0) {
			throw new TimeUp();
		}
		rules.operator(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix());
		super.processOperator(operator, operands);
	}

	@Override
	protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
			throws IOException {
		shown++;
		super.showGlyph(textRenderingMatrix, font, code, displacement);
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		if (System.nanoTime() - deadline > 0) {
			throw new TimeUp();
		}
		PDRectangle box = page.getCropBox();
		rules.startPage(box.getLowerLeftX(), box.getLowerLeftY(), box.getHeight(), page.getRotation() % 360 == 0);
		super.startPage(page);
	}

	/** Instead of writing text: keep the page's glyphs. */
	@Override
	protected void writePage() {
		PDPage page = getCurrentPage();
		PDRectangle box = page.getCropBox();
		boolean turned = page.getRotation() % 180 != 0;
		float w = turned ? box.getHeight() : box.getWidth(), h = turned ? box.getWidth() : box.getHeight();
		List<PdfGlyph> glyphs = new ArrayList<>();
		for (List<TextPosition> article : getCharactersByArticle()) {
			for (TextPosition tp : article) {
				PdfGlyph g = glyph(tp);
				if (g != null) {
					glyphs.add(g);
				}
			}
		}
		pages.add(new Page(getCurrentPageNo(), w, h, glyphs, rules.rules(), rules.across()));
	}

	private static PdfGlyph glyph(TextPosition tp) {
		String text = tp.getUnicode();
		if (text == null || Texts.strip(text).isEmpty()) {
			return null;
		}
		text = normalise(text);
		float size = tp.getFontSizeInPt();
		if (!(size > 0)) {
			size = Math.max(tp.getHeightDir(), 1f);
		}
		float width = Math.max(tp.getWidthDirAdj(), 0f);
		return new PdfGlyph(text, tp.getXDirAdj(), tp.getYDirAdj(), width, size, PdfGlyph.columns(text));
	}

	/**
	 * Fonts (WPS's among them) often map 一, 二, 人… to the Kangxi radicals or CJK compatibility
	 * ideographs that look the same: NFKC folds exactly those back; full-width forms stay as they are.
	 */
	static String normalise(String text) {
		StringBuilder sb = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x2f00 && c <= 0x2fdf || c >= 0xf900 && c <= 0xfaff) {
				if (sb == null) {
					sb = new StringBuilder(text.substring(0, i));
				}
				sb.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
			} else if (sb != null) {
				sb.append(c);
			}
		}
		return sb == null ? text : sb.toString();
	}
}
