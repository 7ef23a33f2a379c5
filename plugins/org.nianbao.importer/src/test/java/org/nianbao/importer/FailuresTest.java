package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;

/** Unknown forms fail with a located message; hostile inputs are refused; text stays text. */
class FailuresTest {

	private static ImportException failing(String name, byte[] bytes) {
		return assertThrows(ImportException.class,
				() -> ImportFixtures.importer().importBytes(name, bytes, Importer.TemplateChoice.AUTO));
	}

	private static ImportException failingText(String text) {
		return failing("x.txt", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String seed4Replacing(String from, String to) {
		String s = ImportFixtures.seedText(4);
		assertTrue(s.contains(from), from);
		return s.replace(from, to);
	}

	private static int lineOf(String text, String needle) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(needle)) {
				return i + 1;
			}
		}
		throw new AssertionError(needle);
	}

	@Test
	void textWithoutTheReportsHeadingsIsAnUnknownForm() {
		ImportException e = failingText("会议纪要\n今天开会，讨论了三件事。\n散会。\n");
		assertEquals(ImportCodes.UNKNOWN_FORM, e.code());
		assertEquals(1, e.line());
	}

	/** A row that matches no template row leaves the row before it unreadable, reported at that row's line; no number moves. */
	@Test
	void aRowThatMatchesNoTemplateRowIsReportedAndNoNumberIsGuessed() throws Exception {
		String text = seed4Replacing("4.保护第三方合法权益", "4.完全不相干的一行字");
		Importer.Result r = ImportFixtures.importText("x.txt", text);
		// Either the row before is marked unreadable at its line, or the table is decoded by order (its
		// relations hold) and says so; in both cases no cell takes a number that is not its own.
		assertTrue(r.messages().stream().anyMatch(m -> m.code().equals(ImportCodes.UNREADABLE_ROW)
				|| m.code().equals(ImportCodes.DECODED_BY_ORDER)), r.messages().toString());
		var cells = ImportFixtures.cells(ImportFixtures.parse(r.source()));
		var original = ImportFixtures.cells(ImportFixtures.parse(ImportFixtures.importText("x.txt", ImportFixtures.seedText(4)).source()));
		for (var e : cells.entrySet()) {
			for (int c = 0; c < e.getValue().size(); c++) {
				BigDecimal v = e.getValue().get(c);
				assertTrue(v == null || v.equals(original.get(e.getKey()).get(c)), e.getKey() + " " + c + ": " + v);
			}
		}
	}

	/** A row short of a cell is marked unreadable at its line, never filled by a guess. */
	@Test
	void aRowWithACellMissingIsReportedAtItsLine() throws Exception {
		String text = seed4Replacing("行政强制 | 0 | |||", "行政强制");
		Importer.Result r = ImportFixtures.importText("x.txt", text);
		var cells = ImportFixtures.cells(ImportFixtures.parse(r.source()));
		assertEquals(java.util.Collections.singletonList(null), cells.get("处罚强制/行政强制"), "no number for a cell the row lacks");
		assertTrue(r.messages().stream().anyMatch(m -> m.isError() && m.code().equals(ImportCodes.UNREADABLE_ROW)
				&& m.line() == lineOf(text, "行政强制")), r.messages().toString());
		assertTrue(r.source().lines().anyMatch(l -> l.matches("\\s*行政强制\\s+\\?\\s*")), r.source());
	}

	@Test
	void binaryPdfAndLegacyWordAreUnknownForms() {
		assertEquals(ImportCodes.UNKNOWN_FORM, failing("a.pdf", "%PDF-1.7\n...".getBytes()).code());
		assertEquals(ImportCodes.UNKNOWN_FORM, failing("a.doc", new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0 }).code());
		assertEquals(ImportCodes.UNKNOWN_FORM, failing("a.bin", new byte[] { 1, 2, 0, 3 }).code());
	}

	@Test
	void htmlWithEntityDeclarationsIsRefused() {
		String html = "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
				+ "<html><body><p>&xxe;</p></body></html>";
		ImportException e = failing("x.html", html.getBytes(StandardCharsets.UTF_8));
		assertEquals(ImportCodes.REFUSED, e.code());
		assertEquals(2, e.line());
	}

	@Test
	void docxWithADoctypeIsRefused() throws Exception {
		byte[] docx = zip("word/document.xml", ("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
				.getBytes(StandardCharsets.UTF_8));
		ImportException e = failing("x.docx", docx);
		assertEquals(ImportCodes.REFUSED, e.code());
		assertTrue(e.getMessage().contains("XXE"));
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		byte[] docx = zip("word/document.xml", new byte[70 * 1024 * 1024]);
		assertTrue(docx.length < 1024 * 1024, "the bomb is small: " + docx.length);
		ImportException e = failing("bomb.docx", docx);
		assertEquals(ImportCodes.REFUSED, e.code());
	}

	@Test
	void filesOverTheSizeLimitAreRefused(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("big.txt");
		Files.write(big, new byte[(int) ImportLimits.MAX_INPUT_BYTES + 1]);
		ImportException e = assertThrows(ImportException.class,
				() -> ImportFixtures.importer().importFile(big, Importer.TemplateChoice.AUTO));
		assertEquals(ImportCodes.REFUSED, e.code());
	}

	@Test
	void narrativeWithTripleQuotesOrMarkupIsKeptExactly() throws Exception {
		String tricky = "他说\"\"\"这不是结束\"\"\"，<script>alert(1)</script>{申请.新收.总计}";
		String endsWithQuote = "结尾是引号\"";
		String text = seed4Replacing("2024年无收取任何信息处理费用。", tricky + "\n" + endsWithQuote);
		Importer.Result r = ImportFixtures.importText("q.txt", text);
		Report report = ImportFixtures.parse(r.source());
		var texts = EcoreUtil2.getAllContentsOfType(report, Paragraph.class).stream().map(Paragraph::getText).toList();
		// Braces are doubled so the published "{…}" stays text, not an expression bound to cells.
		assertTrue(texts.contains(org.nianbao.arithmetic.NarrativeExpressions.escape(tricky)), texts.toString());
		assertTrue(texts.stream().map(org.nianbao.arithmetic.NarrativeExpressions::unescape).toList().contains(tricky));
		assertTrue(texts.contains(endsWithQuote));
	}

	private static byte[] zip(String name, byte[] content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry("[Content_Types].xml"));
			z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
			z.closeEntry();
			z.putNextEntry(new ZipEntry(name));
			z.write(content);
			z.closeEntry();
		}
		return out.toByteArray();
	}
}
