package org.nianbao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.nianbao.importer.source.PdfReader;

/**
 * PDF layout extraction, warm, in pages per second: the importer's {@link PdfReader#layout}
 * beside PDFBox's own {@link PDFTextStripper#getText} on the same bytes (the floor: the layout
 * reads the same glyphs, then places them). Medians of timed runs after a warm-up.
 */
final class PdfBench {
	private PdfBench() {
	}

	interface Work {
		void run(byte[] pdf) throws Exception;
	}

	static List<String[]> run(Path root, double seconds) throws Exception {
		// PdfReader routes PDFBox's logging (quietly) when it loads: before PDFBox's first use, as in the CLI.
		Class.forName(PdfReader.class.getName());
		Map<String, byte[]> inputs = new LinkedHashMap<>();
		Path corpus = root.resolve("examples/corpus/huaian-city-2024.pdf").normalize();
		if (Files.exists(corpus)) {
			byte[] real = Files.readAllBytes(corpus);
			inputs.put("huaian-city-2024.pdf (WPS, 6 pages)", real);
			inputs.put("huaian-city-2024.pdf ×5 (30 pages)", repeated(real, 5));
		}
		inputs.put("generated tables (Helvetica, 20 pages)", generated(20));
		List<String[]> rows = new ArrayList<>();
		for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
			int pages;
			try (PDDocument doc = Loader.loadPDF(in.getValue())) {
				pages = doc.getNumberOfPages();
			}
			double ours = pagesPerSecond(in.getValue(), pages, seconds, PdfReader::layout);
			double floor = pagesPerSecond(in.getValue(), pages, seconds, pdf -> {
				try (PDDocument doc = Loader.loadPDF(pdf)) {
					new PDFTextStripper().getText(doc);
				}
			});
			String name = "PDF layout extraction pages/s warm: " + in.getKey();
			rows.add(new String[] { name, String.format(Locale.ROOT,
					"%,.0f pages/s (median); PDFBox getText, the floor: %,.0f pages/s", ours, floor), "≥ 50 pages/s" });
			System.err.printf("%s: %.0f pages/s, floor %.0f pages/s%n", name, ours, floor);
		}
		return rows;
	}

	/** Warm for half the time, then timed runs for the other half; pages over the median run's time. */
	private static double pagesPerSecond(byte[] pdf, int pages, double seconds, Work work) throws Exception {
		long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < warmEnd) {
			work.run(pdf);
		}
		List<Long> times = new ArrayList<>();
		long end = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < end || times.size() < 5) {
			long t = System.nanoTime();
			work.run(pdf);
			times.add(System.nanoTime() - t);
		}
		long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return pages / (sorted[sorted.length / 2] / 1e9);
	}

	/** The same document n times over, pages imported into one. */
	private static byte[] repeated(byte[] pdf, int n) throws IOException {
		try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
			for (int i = 0; i < n; i++) {
				for (PDPage page : src.getPages()) {
					out.importPage(page);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			out.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** Pages of ruled tables: a label and seven numbers per row, 30 rows a page, a page number below. */
	private static byte[] generated(int pages) throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.setLineWidth(0.5f);
					for (int r = 0; r < 30; r++) {
						float y = 780 - r * 22;
						cs.moveTo(60, y - 6);
						cs.lineTo(540, y - 6);
						cs.stroke();
						cs.beginText();
						cs.setFont(font, 10);
						cs.newLineAtOffset(64, y);
						cs.showText("Row " + p + "." + r + " requests received this year");
						cs.endText();
						for (int c = 0; c < 7; c++) {
							cs.beginText();
							cs.newLineAtOffset(300 + c * 34, y);
							cs.showText(String.valueOf((p * 31 + r * 7 + c * 13) % 1000));
							cs.endText();
						}
					}
					cs.beginText();
					cs.newLineAtOffset(290, 40);
					cs.showText("- " + p + " -");
					cs.endText();
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			return bytes.toByteArray();
		}
	}
}
