package org.nianbao.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportLimits;

/**
 * PDFs through their text layer (Apache PDFBox): the glyphs' positions laid out as
 * {@code pdftotext -layout} prints them, page furniture dropped, pages separated by form feeds.
 * The text then goes through {@link TextReader} like any text input. Scripts in the PDF are never
 * run (PDFBox has no interpreter); encrypted, damaged, oversized, scanned and garbage PDFs and
 * ones that take too long are refused with a message.
 */
public final class PdfReader {
	private PdfReader() {
	}

	/** Held so that the JDK's logging does not forget the levels set on them. */
	private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
			Logger.getLogger("org.apache.fontbox"));

	static {
		// PDFBox logs every font quirk of a real PDF (and skipped recursion as an error): not the user's
		// business, whatever is wrong reaches the user as one refusal. Commons Logging would prefer the Log4j
		// API that POI brings, where a logger's level cannot be set by its prefix: the JDK's logging instead,
		// unless the embedding application chose a factory.
		if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
			System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
		}
		for (Logger l : QUIET) {
			l.setLevel(Level.OFF);
		}
	}

	public static String layout(byte[] pdf) throws ImportException {
		return layout(pdf, ImportLimits.PDF_TIME_LIMIT_MILLIS);
	}

	/** With a time limit of its own: the tests run one out. */
	static String layout(byte[] pdf, long timeLimitMillis) throws ImportException {
		List<PdfGlyphs.Page> pages = pages(pdf, timeLimitMillis);
		List<List<PdfLayout.Line>> lines = new ArrayList<>(pages.size());
		for (PdfGlyphs.Page page : pages) {
			lines.add(PdfLayout.lines(page.glyphs()));
		}
		PageFurniture.drop(pages, lines);
		StringBuilder out = new StringBuilder();
		for (int p = 0; p < lines.size(); p++) {
			if (p > 0) {
				out.append("\n\f");
			}
			PdfGlyphs.Page page = pages.get(p);
			out.append(PdfLayout.render(lines.get(p), page.rules(), TableBands.find(page.rules(), page.across())));
		}
		return out.append('\n').toString();
	}

	/** Every page's glyphs, after the refusals that need no layout. */
	static List<PdfGlyphs.Page> pages(byte[] pdf, long timeLimitMillis) throws ImportException {
		if (pdf.length > ImportLimits.MAX_INPUT_BYTES) {
			throw new ImportException(1, ImportCodes.REFUSED, Phrases.IMPORTER.render("refused.too-large"));
		}
		if (!endsWithEof(pdf)) {
			throw PdfRefusals.truncated();
		}
		long deadline = System.nanoTime() + timeLimitMillis * 1_000_000L;
		List<PdfGlyphs.Page> pages;
		long shown;
		try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(ImportLimits.PDF_SCRATCH_BYTES).streamCache)) {
			if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
				throw PdfRefusals.extractionForbidden();
			}
			int count = doc.getNumberOfPages();
			if (count == 0) {
				throw PdfRefusals.damaged(new IOException("没有页面 (no pages)"));
			}
			if (count > ImportLimits.MAX_PDF_PAGES) {
				throw PdfRefusals.tooManyPages(count);
			}
			PdfGlyphs glyphs = new PdfGlyphs(deadline);
			pages = glyphs.read(doc, ImportLimits.MAX_PDF_PAGES);
			shown = glyphs.shown();
		} catch (InvalidPasswordException e) {
			throw PdfRefusals.encrypted();
		} catch (PdfGlyphs.TimeUp e) {
			throw PdfRefusals.timeUp(timeLimitMillis);
		} catch (IOException | RuntimeException e) {
			throw PdfRefusals.damaged(e);
		} catch (StackOverflowError | OutOfMemoryError e) {
			// Deep nesting or a stream too large for the heap: the document is dropped with the stack.
			throw PdfRefusals.tooComplex();
		}
		PdfRefusals.checkText(pages, shown);
		return pages;
	}

	/** A PDF ends with %%EOF (within its last kilobyte, as readers look for it): one that does not was cut off. */
	private static boolean endsWithEof(byte[] pdf) {
		int from = Math.max(0, pdf.length - 1024);
		return new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
	}
}
