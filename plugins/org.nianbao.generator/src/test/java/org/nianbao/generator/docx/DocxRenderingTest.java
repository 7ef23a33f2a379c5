package org.nianbao.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.ExternalTools.Result;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.model.ReportView;
import org.nianbao.io.AtomicFiles;

/** Converts the DOCX with LibreOffice and reads the PDF back: what a reader of the printed copy sees. */
class DocxRenderingTest {

	@Test
	void libreOfficeRendersTheReportOnSixA4PagesWithHeadingsAndNumbers(@TempDir Path dir) throws Exception {
		String soffice = ExternalTools.require("soffice", "libreoffice");
		String pdftotext = ExternalTools.require("pdftotext");
		String pdfinfo = ExternalTools.require("pdfinfo");
		ReportView view = TestReports.gangkou();
		Path docx = dir.resolve("gangkou-2024.docx");
		AtomicFiles.write(docx, new DocxGenerator().generate(view));
		Path profile = dir.resolve("lo-profile");
		Result convert = ExternalTools.run(dir, 240, soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
		Path pdf = dir.resolve("gangkou-2024.pdf");
		assertTrue(Files.exists(pdf), convert.output());

		String info = ExternalTools.run(dir, 60, pdfinfo, pdf.toString()).output();
		Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
		assertTrue(pages.find(), info);
		// 5 pages of text at 22 lines each, the matrix on one page and a half (measured: 6)
		assertEquals(6, Integer.parseInt(pages.group(1)), info);
		Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
		assertTrue(size.find(), info);
		assertEquals(595.3, Double.parseDouble(size.group(1)), 1.0, "A4 width");
		assertEquals(841.9, Double.parseDouble(size.group(2)), 1.0, "A4 height");

		ExternalTools.run(dir, 60, pdftotext, "-layout", pdf.toString(), dir.resolve("out.txt").toString());
		String text = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
		String flat = text.replaceAll("\\s+", "");
		for (String heading : List.of("港口镇2024年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
				"六、其他需要报告的事项", "申请人情况", "法人或其他组织", "中山市港口镇人民政府", "2025年1月16日")) {
			assertTrue(flat.contains(heading), heading);
		}
		for (String number : List.of("10402", "345", "2862", "26", "25", "11")) {
			assertTrue(Pattern.compile("(?<![\\d.])" + number + "(?![\\d.])").matcher(text).find(), number);
		}
		// the matrix row 一、本年新收 prints its seven numbers on one line, in order
		assertTrue(Pattern.compile("本年新收政府信息公开申请数量\\s+24\\s+2\\s+0\\s+0\\s+0\\s+0\\s+26").matcher(text).find(), text);
		// the footer numbers the pages "— n —"
		assertTrue(Pattern.compile("—\\s*6\\s*—").matcher(text).find(), "page number on the last page");
	}
}
