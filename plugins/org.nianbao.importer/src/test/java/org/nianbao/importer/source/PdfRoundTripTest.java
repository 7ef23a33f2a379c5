package org.nianbao.importer.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A DOCX not made by the project (POI: merged header cells, a label wrapped in a narrow column, a
 * note wrapped over three lines, Chinese in a CJK font) printed to PDF by LibreOffice and read
 * back: each row on one line, its wrapped cells joined, with its numbers.
 */
class PdfRoundTripTest {

	private static final String FONT = "Noto Sans CJK SC";

	@Test
	void libreOfficePdfOfAPoiDocxKeepsTheRowsNumbers(@TempDir Path dir) throws Exception {
		String soffice = soffice();
		Path docx = dir.resolve("table.docx");
		try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			paragraph(doc.createParagraph(), "某某区人民政府2024年政府信息公开工作年度报告");
			XWPFTable t = doc.createTable(4, 5);
			t.setWidth("100%");
			int[] widths = { 2600, 1500, 1500, 1500, 1500 };
			for (int r = 0; r < 4; r++) {
				for (int c = 0; c < 5; c++) {
					XWPFTableCell cell = t.getRow(r).getCell(c);
					cell.setWidth(String.valueOf(widths[c]));
				}
			}
			// header: 申请人情况 across the three middle columns, 总计 down two rows
			set(t.getRow(0).getCell(0), "本列数据的勾稽关系");
			set(t.getRow(0).getCell(1), "申请人情况");
			span(t.getRow(0).getCell(1), 3);
			t.getRow(0).removeCell(3);
			t.getRow(0).removeCell(2);
			set(t.getRow(0).getCell(2), "总计");
			vMerge(t.getRow(0).getCell(2), STMerge.RESTART);
			set(t.getRow(1).getCell(1), "自然人");
			set(t.getRow(1).getCell(2), "商业企业");
			set(t.getRow(1).getCell(3), "其他");
			vMerge(t.getRow(1).getCell(4), STMerge.CONTINUE);
			String[] row = { "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "0", "454" };
			String[] next = { "（三）不予公开", "12", "0", "0", "12" };
			for (int c = 0; c < 5; c++) {
				set(t.getRow(2).getCell(c), row[c]);
				set(t.getRow(3).getCell(c), next[c]);
			}
			// 第二十条第（一）项 with a note in a column too narrow for it: wrapped over three lines
			paragraph(doc.createParagraph(), "第二十条第（一）项");
			XWPFTable rules = doc.createTable(3, 4);
			int[] narrow = { 2600, 1500, 1300, 1500 };
			String[][] cells = { { "信息内容", "本年制发件数", "本年废止件数", "现行有效件数" }, { "规章", "0", "0", "0" },
					{ "行政规范性文件", "2", "4（1个废止，3个到期自动失效）", "5" } };
			for (int r = 0; r < 3; r++) {
				for (int c = 0; c < 4; c++) {
					rules.getRow(r).getCell(c).setWidth(String.valueOf(narrow[c]));
					set(rules.getRow(r).getCell(c), cells[r][c]);
				}
			}
			doc.write(out);
		}
		Path profile = dir.resolve("lo-profile");
		Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
				"pdf", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("soffice.log").toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			fail("soffice did not finish in 120 s");
		}
		Path pdf = dir.resolve("table.pdf");
		assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));

		String text = PdfReader.layout(Files.readAllBytes(pdf));
		// LibreOffice spaces digits from ideographs: single spaces dropped, cells stay three spaces apart
		String unspaced = text.replaceAll("(?<=\\S) (?=\\S)", "");
		// the wrapped label joined on the line of the row's numbers, the table's rules bounding the row
		assertTrue(PdfReaderTest.row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "447", "7", "0", "454").matcher(unspaced)
				.find(), text);
		assertTrue(PdfReaderTest.row("行政规范性文件", "2", "4（1个废止，3个到期自动失效）", "5").matcher(unspaced).find(), text);
		assertTrue(PdfReaderTest.row("规章", "0", "0", "0").matcher(text).find(), text);
		assertFalse(Pattern.compile("(?m)^\\s*效）\\s*$").matcher(text).find(), text);
		String flat = text.replaceAll("\\s+", "");
		assertTrue(PdfReaderTest.row("（三）不予公开", "12", "0", "0", "12").matcher(text).find(), text);
		assertTrue(PdfReaderTest.row("自然人", "商业企业", "其他").matcher(text).find(), text);
		// LibreOffice spaces digits from ideographs
		assertTrue(flat.contains("申请人情况") && flat.contains("某某区人民政府2024年政府信息公开工作年度报告"), text);
	}

	/** LibreOffice, or a skipped test; in CI a failure: rendering tests never pass by skipping there. */
	private static String soffice() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : new String[] { "soffice", "libreoffice" }) {
				Path p = Path.of(dir, name);
				if (Files.isExecutable(p)) {
					return p.toString();
				}
			}
		}
		if (System.getenv("CI") != null) {
			fail("soffice is not installed: the PDF round trip must run in CI");
		}
		Assumptions.abort("soffice is not installed");
		return null;
	}

	private static void set(XWPFTableCell cell, String text) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		while (!p.getRuns().isEmpty()) {
			p.removeRun(0);
		}
		paragraph(p, text);
	}

	private static void paragraph(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(10.5);
		run.setText(text);
	}

	private static void span(XWPFTableCell cell, int columns) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
	}

	private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
		CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		pr.addNewVMerge().setVal(how);
	}

	static {
		// POI's Log4j API without a provider prints an error on every run
		if (System.getProperty("log4j.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
	}
}
