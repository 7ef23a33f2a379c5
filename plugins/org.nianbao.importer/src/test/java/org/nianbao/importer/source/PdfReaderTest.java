package org.nianbao.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportLimits;

/** PDF text layers laid out as pdftotext -layout prints them; the PDFs refused, each with its message. */
class PdfReaderTest {

	static Path corpus(String file) {
		String r = System.getProperty("nianbao.root");
		Path root = (r != null ? Paths.get(r) : Paths.get("../..")).toAbsolutePath().normalize();
		Path p = root.resolve("examples/corpus").resolve(file).normalize();
		if (System.getenv("CI") != null) {
			assertTrue(Files.exists(p), "the corpus is part of the repository (examples/corpus): " + p);
		}
		Assumptions.assumeTrue(Files.exists(p), "no " + p);
		return p;
	}

	/** Cells on one line, in order, separated as the text reader splits them: three spaces or more. */
	static Pattern row(String... cells) {
		StringBuilder sb = new StringBuilder("(?m)^[ ]*");
		for (int i = 0; i < cells.length; i++) {
			sb.append(i == 0 ? "" : "[ ]{3,}").append(Pattern.quote(cells[i]));
		}
		return Pattern.compile(sb.append("[ ]*$").toString());
	}

	@Test
	void corpusTableRowsKeepTheirNumbersOnTheirLinesAndThePageNumbersAreGone() throws Exception {
		String text = PdfReader.layout(Files.readAllBytes(corpus("huaian-city-2024.pdf")));
		assertTrue(row("一、本年新收政府信息公开申请数量", "3001", "53", "0", "0", "61", "4", "3119").matcher(text).find(), text);
		assertTrue(row("（七）总计", "2932", "53", "0", "0", "61", "4", "3050").matcher(text).find(), text);
		assertTrue(row("四、结转下年度继续办理", "103", "0", "0", "0", "0", "0", "103").matcher(text).find(), text);
		assertTrue(row("72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20").matcher(text)
				.find(), text);
		assertTrue(row("行政许可", "447228").matcher(text).find(), text);
		assertFalse(Pattern.compile("(?m)^\\s*-\\s*\\d\\s*-\\s*$").matcher(text).find(), text);
		assertFalse(text.contains("-5-"), "page 5's number stands among the body lines in the text order, still dropped");
		assertEquals(5, text.chars().filter(c -> c == '\f').count(), "six pages");
		assertTrue(text.contains("淮安市人民政府办公室根据《中华人民共和国政府"), text);
	}

	@Test
	void corpusNumbersInTheTableRegionMatchPopplerLineByLine() throws Exception {
		String ours = PdfReader.layout(Files.readAllBytes(corpus("huaian-city-2024.pdf")));
		String poppler = Files.readString(corpus("huaian-city-2024.txt"), StandardCharsets.UTF_8);
		poppler = poppler.substring(poppler.indexOf('\n') + 1); // after the SOURCE: line
		List<List<String>> expected = numbersByLine(poppler), actual = numbersByLine(ours);
		assertEquals(26, expected.size(), "the matrix rows and the review row");
		assertEquals(expected, actual);
	}

	/** From 一、本年新收 to the review row: each line's numbers, lines without any left out. */
	private static List<List<String>> numbersByLine(String text) {
		List<String> lines = Arrays.asList(text.split("\n"));
		int from = -1, to = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (from < 0 && lines.get(i).contains("一、本年新收政府信息公开申请数量")) {
				from = i;
			}
			if (from >= 0 && Pattern.compile("72\\s+64\\s+178").matcher(lines.get(i)).find()) {
				to = i;
				break;
			}
		}
		assertTrue(from >= 0 && to > from, text);
		List<List<String>> out = new ArrayList<>();
		for (String line : lines.subList(from, to + 1)) {
			List<String> nums = new ArrayList<>();
			for (String t : line.trim().split("\\s+")) {
				if (t.matches("\\d+(\\.\\d+)?")) {
					nums.add(t);
				}
			}
			if (!nums.isEmpty()) {
				out.add(nums);
			}
		}
		return out;
	}

	@Test
	void corpusGoesThroughSourcesAsAPdfIntoTheTextReadersCells() throws Exception {
		Sources.Source s = Sources.read("any-name.bin", Files.readAllBytes(corpus("huaian-city-2024.pdf")));
		assertEquals(Form.PDF, s.form());
		List<String> texts = s.tokens().stream().map(Token::text).toList();
		int at = texts.indexOf("（七）总计");
		assertTrue(at >= 0, texts.toString());
		assertEquals(List.of("2932", "53", "0", "0", "61", "4", "3050"), texts.subList(at + 1, at + 8));
	}

	/** Three pages: a running header, a page number, body text and a ruled table on each. */
	static byte[] threePagesWithFurniture() throws IOException {
		TestPdfs pdf = new TestPdfs();
		for (int p = 1; p <= 3; p++) {
			pdf.page().text(200, 40, 10, "淮安市人民政府办公室文件").text(280, 800, 12, "— " + p + " —")
					.text(72, 120, 16, "第" + p + "页的正文，一段说明文字。");
			float top = 200;
			float[] columns = { 72, 320, 380, 440, 500 };
			for (int r = 0; r <= 3; r++) {
				pdf.line(72, top + r * 24, 500, top + r * 24);
			}
			for (float x : columns) {
				pdf.line(x, top, x, top + 72);
			}
			pdf.text(76, top + 17, 12, "一、本年新收政府信息公开申请数量").text(330, top + 17, 12, "24").text(390, top + 17, 12, "2")
					.text(450, top + 17, 12, "26");
			pdf.text(76, top + 41, 12, "（一）予以公开").text(330, top + 41, 12, String.valueOf(10 + p))
					.text(390, top + 41, 12, "0").text(450, top + 41, 12, String.valueOf(10 + p));
			pdf.text(76, top + 65, 12, "二、上年结转申请数量合计为").text(323, top + 65, 12, "7").text(390, top + 65, 12, "1")
					.text(450, top + 65, 12, "8");
		}
		return pdf.bytes();
	}

	@Test
	void builtPdfKeepsRowsAndDropsHeadersAndPageNumbers() throws Exception {
		String text = PdfReader.layout(threePagesWithFurniture());
		assertEquals(2, text.chars().filter(c -> c == '\f').count());
		for (String page : text.split("\f")) {
			assertTrue(row("一、本年新收政府信息公开申请数量", "24", "2", "26").matcher(page).find(), page);
		}
		assertTrue(row("（一）予以公开", "12", "0", "12").matcher(text).find(), text);
		assertTrue(text.contains("第3页的正文，一段说明文字。"), text);
		assertFalse(text.contains("淮安市人民政府办公室文件"), text);
		assertFalse(Pattern.compile("—\\s*\\d\\s*—").matcher(text).find(), text);
	}

	@Test
	void aRuleBetweenTwoCloseGlyphsSeparatesTheirCells() throws Exception {
		String text = PdfReader.layout(threePagesWithFurniture());
		assertTrue(row("二、上年结转申请数量合计为", "7", "1", "8").matcher(text).find(), text);
		// "为" ends at 112, "7" starts at 115: closer than a cell gap, told apart only by the rule at 113
		String ruled = PdfReader.layout(new TestPdfs().text(76, 100, 12, "合计为").text(115, 100, 12, "7")
				.text(76, 130, 12, "合计为").text(115, 130, 12, "7").line(113, 88, 113, 140).bytes());
		String[] lines = ruled.strip().split("\n+");
		assertEquals(2, lines.length, ruled);
		assertTrue(row("合计为", "7").matcher(lines[0]).find(), ruled);
		assertTrue(row("合计为", "7").matcher(lines[1]).find(), ruled);
		String bare = PdfReader.layout(new TestPdfs().text(76, 100, 12, "合计为").text(115, 100, 12, "7").bytes());
		assertEquals("合计为 7", bare.strip(), "a gap of less than 1.5 glyphs and no rule: one space");
	}

	@Test
	void repeatedFooterTextOnEveryPageIsDroppedButBodyTextIsNot() throws Exception {
		TestPdfs pdf = new TestPdfs();
		for (int p = 1; p <= 4; p++) {
			pdf.page().text(72, 810, 9, "第 " + p + " 页 共 4 页").text(400, 30, 9, "发布日期：2025-01-20")
					.text(72, 300, 12, "正文第" + p + "页");
		}
		String text = PdfReader.layout(pdf.bytes());
		assertFalse(text.contains("发布日期"), text);
		assertFalse(text.contains("共 4 页"), text);
		for (int p = 1; p <= 4; p++) {
			assertTrue(text.contains("正文第" + p + "页"), text);
		}
	}

	@Test
	void kangxiRadicalsFromTheFontsCmapBecomeTheIdeographs() throws Exception {
		String text = PdfReader.layout(new TestPdfs().text(72, 100, 12, "\u2f00、\u2f08民").bytes());
		assertEquals("一、人民", text.strip());
	}

	private static ImportException refusal(byte[] pdf) {
		return assertThrows(ImportException.class, () -> PdfReader.layout(pdf));
	}

	@Test
	void encryptedWithAUserPasswordIsRefused() throws Exception {
		byte[] pdf = new TestPdfs().text(72, 100, 12, "机密").bytes(new StandardProtectionPolicy("owner", "user",
				new AccessPermission()));
		ImportException e = refusal(pdf);
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("加密") && e.getMessage().contains("密码"), e.getMessage());
	}

	@Test
	void encryptedAgainstTextExtractionIsRefused() throws Exception {
		AccessPermission none = new AccessPermission();
		none.setCanExtractContent(false);
		byte[] pdf = new TestPdfs().text(72, 100, 12, "机密").bytes(new StandardProtectionPolicy("owner", "", none));
		ImportException e = refusal(pdf);
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("加密") && e.getMessage().contains("禁止提取"), e.getMessage());
	}

	@Test
	void anImageOnlyPageIsAScanWithoutTextLayer() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			scan.getGraphics().drawString("scanned page", 20, 40);
			PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.drawImage(image, 0, 0, 595, 842);
			}
			doc.save(out);
		}
		ImportException e = refusal(out.toByteArray());
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("扫描") && e.getMessage().contains("没有文字层"), e.getMessage());
	}

	@Test
	void textInPrivateUseCharactersIsRefusedAsGarbage() throws Exception {
		byte[] pdf = new TestPdfs().privateUse().text(72, 100, 12, "一、本年新收政府信息公开申请数量").text(72, 130, 12, "二、上年结转")
				.bytes();
		ImportException e = refusal(pdf);
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("Unicode 映射") && e.getMessage().contains("乱码"), e.getMessage());
	}

	@Test
	void theFirstHalfOfAPdfIsATruncatedFile() throws Exception {
		byte[] whole = Files.readAllBytes(corpus("huaian-city-2024.pdf"));
		ImportException e = refusal(Arrays.copyOf(whole, whole.length / 2));
		assertEquals(ImportCodes.UNKNOWN_FORM, e.code());
		assertTrue(e.getMessage().contains("不完整"), e.getMessage());
	}

	@Test
	void aPdfThatDoesNotParseIsDamaged() {
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		ImportException e = refusal(pdf);
		assertEquals(ImportCodes.UNKNOWN_FORM, e.code());
		assertTrue(e.getMessage().contains("已损坏"), e.getMessage());
	}

	@Test
	void morePagesThanTheLimitAreRefused() throws Exception {
		TestPdfs pdf = new TestPdfs();
		for (int p = 0; p <= ImportLimits.MAX_PDF_PAGES; p++) {
			pdf.page().text(72, 100, 12, "第" + p + "页");
		}
		ImportException e = refusal(pdf.bytes());
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("页数过多（" + (ImportLimits.MAX_PDF_PAGES + 1) + " 页"), e.getMessage());
	}

	@Test
	void extractionPastItsTimeLimitStops() throws Exception {
		byte[] pdf = Files.readAllBytes(corpus("huaian-city-2024.pdf"));
		ImportException e = assertThrows(ImportException.class, () -> PdfReader.layout(pdf, 0));
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("超时"), e.getMessage());
	}

	@Test
	void aSelfDrawingFormAndDeepNestingInTheContentAreSkippedAndTheTextRead() throws Exception {
		// a form XObject that draws itself, and an operand nested 100,000 arrays deep
		byte[] selfDrawing = new TestPdfs().selfDrawingForm().text(72, 100, 12, "正文").bytes();
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		byte[] nested = new TestPdfs().text(72, 100, 12, "正文").raw(deep + " pop").bytes();
		for (byte[] pdf : List.of(selfDrawing, nested)) {
			assertEquals("正文", assertTimeoutPreemptively(Duration.ofSeconds(30), () -> PdfReader.layout(pdf)).strip());
		}
	}

	@Test
	void aPageNestedTooDeepToParseIsRefusedInTime() {
		int n = 100_000;
		String pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep " + "[".repeat(n) + "]".repeat(n)
				+ " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
		ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> refusal(pdf.getBytes(StandardCharsets.ISO_8859_1)));
		assertTrue(e.getMessage().startsWith("无法读取 PDF：") || e.getMessage().startsWith("拒绝导入：PDF"), e.getMessage());
	}
}
