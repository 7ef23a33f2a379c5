package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.CliTestSupport.Result;
import org.nianbao.generator.office.LibreOffice;

class CheckLayoutCommandTest {

	@BeforeEach
	void libreOffice() {
		if (LibreOffice.find().isEmpty()) {
			if (System.getenv("CI") != null) {
				throw new AssertionError("LibreOffice is not installed (CI is set: rendering tests must not be skipped)");
			}
			Assumptions.abort("LibreOffice is not installed");
		}
	}

	static Path generatedDocx(Path dir) {
		Result g = CliTestSupport.run("generate", "--docx", "-o", dir.toString(),
				CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(0, g.code(), g.err());
		return dir.resolve("gangkou-2024.docx");
	}

	@Test
	void aGeneratedReportHasNoDepartureAndExitsZero(@TempDir Path dir) {
		Path docx = generatedDocx(dir);
		Result r = CliTestSupport.run("check-layout", docx.toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		List<String> lines = r.out().strip().lines().toList();
		assertEquals(docx + ": 排版 22 行 × 28 字（行距 10.20 mm，字距 5.54 mm），共 6 页，偏离 GB/T 9704 0 处 "
				+ "(22 lines × 28 characters, 6 pages, 0 departures from GB/T 9704)", lines.get(0));
		// the rest is information only: the official fonts are not installed here
		assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith(docx + ":1: info: [NB408] ")), r.out());
	}

	@Test
	void generateChecksTheLayoutOfTheDocxItWrites(@TempDir Path dir) {
		Result r = CliTestSupport.run("generate", "--check-layout", "-o", dir.toString(),
				CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("gangkou-2024.docx: 排版 22 行 × 28 字"), r.out());
	}

	@Test
	void plantedMarginsAreReportedWithTheirClauseAndExitOne(@TempDir Path dir) throws Exception {
		Path docx = generatedDocx(dir);
		Path planted = dir.resolve("planted.docx");
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
				OutputStream out = Files.newOutputStream(planted)) {
			var mar = doc.getDocument().getBody().getSectPr().getPgMar();
			mar.setTop(BigInteger.valueOf(Math.round(30 * 1440 / 25.4)));
			doc.write(out);
		}
		Result r = CliTestSupport.run("check-layout", planted.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.out() + r.err());
		assertTrue(r.out().contains(planted + ":1: departure: [NB402] 页面设置的天头（上白边）为 30.0 mm，应为 37.0 mm ± 1 mm"
				+ "（GB/T 9704 5.2.1）(top margin set to 30.0 mm, expected 37.0 mm ± 1 mm)"), r.out());
		assertTrue(r.out().contains(":1: departure: [NB402] 页面设置的版心高为 232.0 mm"), r.out());
		assertTrue(r.out().contains(": departure: [NB403] 文字超出版心上方"), r.out());
		// the same file declared a house style: information, exit 0
		Result house = CliTestSupport.run("check-layout", "--house-style", planted.toString());
		assertEquals(ExitCodes.OK, house.code(), house.out() + house.err());
		assertTrue(house.out().contains(planted + ":1: info: [NB402] 页面设置的天头"), house.out());
	}

	@Test
	void generateWithAReferenceDocTakesItsMarginsAndReportsThemAsInformation(@TempDir Path dir) throws Exception {
		Path docx = generatedDocx(dir);
		Path organ = dir.resolve("organ.docx");
		try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
				OutputStream out = Files.newOutputStream(organ)) {
			doc.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(Math.round(25 * 1440 / 25.4)));
			doc.write(out);
		}
		Path outDir = dir.resolve("house");
		Result r = CliTestSupport.run("generate", "--docx", "--check-layout", "--reference-doc", organ.toString(), "-o",
				outDir.toString(), CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("版式取自 organ.docx"), r.out());
		assertTrue(r.out().contains(":1: info: [NB402] 页面设置的订口（左白边）为 25.0 mm"), r.out());
		try (InputStream in = Files.newInputStream(outDir.resolve("gangkou-2024.docx")); XWPFDocument doc = new XWPFDocument(in)) {
			assertEquals(1417, ((BigInteger) doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).intValue());
		}
		Result bad = CliTestSupport.run("generate", "--reference-doc", dir.resolve("none.docx").toString(), "-o",
				outDir.toString(), CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.USAGE, bad.code());
		assertTrue(bad.err().startsWith("nianbao: " + dir.resolve("none.docx") + ": 无法用作参考文档"), bad.err());
	}

	@Test
	void withoutLibreOfficeOrWithAFileThatIsNoDocxItIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
		Path text = dir.resolve("not.docx");
		Files.writeString(text, "not a docx", StandardCharsets.UTF_8);
		Result bad = CliTestSupport.run("check-layout", text.toString());
		assertEquals(ExitCodes.USAGE, bad.code());
		assertEquals(1, bad.err().strip().lines().count(), bad.err());
		assertTrue(bad.err().startsWith("nianbao: " + text + ": 不是可读的 DOCX 文件"), bad.err());

		System.setProperty(LibreOffice.PROPERTY, dir.resolve("no-soffice").toString());
		try {
			Result r = CliTestSupport.run("check-layout", text.toString());
			assertEquals(ExitCodes.USAGE, r.code());
			assertEquals(1, r.err().strip().lines().count(), r.err());
			assertTrue(r.err().startsWith("nianbao: 未找到 LibreOffice"), r.err());
		} finally {
			System.clearProperty(LibreOffice.PROPERTY);
		}
	}
}
