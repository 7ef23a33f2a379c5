package org.nianbao.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.Publisher.Format;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.office.LibreOffice;

/** `generate --pdf`: LibreOffice renders the DOCX; the PDF is read back with poppler's tools. */
class PdfPublishingTest {

	@Test
	void thePdfHasTheReportsHeadingsAndNumbersWithEveryFontEmbedded(@TempDir Path dir) throws Exception {
		if (LibreOffice.find().isEmpty()) {
			ExternalTools.missing("soffice (LibreOffice)");
		}
		String pdfinfo = ExternalTools.require("pdfinfo");
		String pdftotext = ExternalTools.require("pdftotext");
		String pdffonts = ExternalTools.require("pdffonts");
		ReportView view = TestReports.gangkou();
		Path out = dir.resolve("out");
		List<Path> written = new Publisher().publish(view, out, "gangkou-2024", EnumSet.of(Format.PDF), Set.of());
		assertEquals(List.of(out.resolve("gangkou-2024.pdf")), written);
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(1, files.count(), "no temporary files left beside the PDF");
		}
		Path pdf = written.get(0);
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));

		String info = ExternalTools.run(dir, 60, pdfinfo, pdf.toString()).output();
		Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
		assertTrue(pages.find(), info);
		assertTrue(Integer.parseInt(pages.group(1)) >= 1, info);
		assertTrue(info.contains("港口镇2024年政府信息公开工作年度报告"), "the DOCX's title is the PDF's: " + info);

		ExternalTools.run(dir, 60, pdftotext, "-layout", pdf.toString(), dir.resolve("out.txt").toString());
		String text = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
		String flat = text.replaceAll("\\s+", "");
		for (String heading : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项")) {
			assertTrue(flat.contains(heading), heading);
		}
		assertTrue(Pattern.compile("(?<![\\d.])10402(?![\\d.])").matcher(text).find(), "行政许可 10402");

		String fonts = ExternalTools.run(dir, 60, pdffonts, pdf.toString()).output();
		// name type encoding emb sub uni object-id: the emb column of every font must say yes
		Matcher row = Pattern.compile("(?m)^(\\S.*?)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$").matcher(fonts);
		int count = 0;
		while (row.find()) {
			assertEquals("yes", row.group(2), "not embedded: " + row.group(1) + "\n" + fonts);
			count++;
		}
		// LibreOffice embeds subsets (ABCDEF+Name): the Chinese body and the Latin digits at least
		assertTrue(count >= 2, fonts);
	}

	@Test
	void withoutLibreOfficeNothingIsWrittenAndTheMessageSaysWhatToInstall(@TempDir Path dir) throws Exception {
		String before = System.getProperty(LibreOffice.PROPERTY);
		System.setProperty(LibreOffice.PROPERTY, dir.resolve("no-soffice").toString());
		try {
			var e = assertThrows(LibreOffice.NotInstalledException.class, () -> new Publisher().publish(
					TestReports.gangkou(), dir.resolve("out"), "gangkou-2024", EnumSet.of(Format.HTML, Format.PDF), Set.of()));
			assertTrue(e.getMessage().startsWith("未找到 LibreOffice"), e.getMessage());
			assertTrue(e.getMessage().contains("LibreOffice not found"), e.getMessage());
			assertFalse(Files.exists(dir.resolve("out").resolve("gangkou-2024.html")), "not even the HTML is written");
		} finally {
			if (before == null) {
				System.clearProperty(LibreOffice.PROPERTY);
			} else {
				System.setProperty(LibreOffice.PROPERTY, before);
			}
		}
	}
}
