package org.nianbao.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.check.PdfPages.Rule;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.office.LibreOffice;

/** The 版记 as LibreOffice prints it: on the last page, an even one, its last rule on the type area's lower edge. */
class ImprintLayoutTest {

	static LibreOffice office;

	@BeforeAll
	static void libreOffice() throws IOException {
		if (LibreOffice.find().isEmpty()) {
			ExternalTools.missing("soffice (LibreOffice)");
		}
		office = LibreOffice.locate();
	}

	@Test
	void theImprintIsPrintedAtTheFootOfTheLastEvenPage(@TempDir Path dir) throws IOException {
		byte[] docx = new DocxGenerator().generate(TestReports.gangkouWithImprint(dir));
		List<Page> pages = PdfPages.read(office.convert(docx, "imprint.docx", LibreOffice.PDF));
		assertEquals(0, pages.size() % 2, "the last page is an even one: " + pages.size());
		Page last = pages.get(pages.size() - 1);
		List<String> text = last.lines().stream().map(l -> l.text().replace(" ", "")).toList();
		assertTrue(text.contains("抄送：市政府办公室，市政务服务数据管理局。"), text.toString());
		assertTrue(text.stream().anyMatch(t -> t.startsWith("中山市港口镇党政办公室") && t.endsWith("2025年1月16日印发")), text.toString());
		double left = Gbt9704.pt(Gbt9704.LEFT), right = Gbt9704.pt(Gbt9704.LEFT + Gbt9704.TYPE_W);
		double bottom = Gbt9704.pt(Gbt9704.TOP + Gbt9704.TYPE_H);
		List<Rule> rules = last.rules().stream().filter(r -> r.x1() - r.x0() > 300).sorted((a, b) -> Float.compare(a.y(), b.y())).toList();
		assertEquals(3, rules.size(), "first, middle and last 分隔线: " + rules);
		for (Rule r : rules) {
			assertEquals(left, r.x0(), Gbt9704.pt(Gbt9704.TOLERANCE), "as wide as the type area: " + r);
			assertEquals(right, r.x1(), Gbt9704.pt(Gbt9704.TOLERANCE), "as wide as the type area: " + r);
		}
		assertEquals(0, Gbt9704.mm(bottom - rules.get(2).y()), Gbt9704.TOLERANCE, "the last rule on the lower edge: " + rules.get(2));
		Line printed = last.lines().stream().filter(l -> l.text().endsWith("印发")).findFirst().orElseThrow();
		assertTrue(printed.baseline() < rules.get(2).y() && printed.baseline() > rules.get(1).y(), "印发 between the last two rules");
		assertEquals(14, printed.size(), 0.5, "4 号");
		// the blank page before the 版记 (the text ended on an even page) is printed blank, without a page number
		Page before = pages.get(pages.size() - 2);
		if (before.lines().isEmpty()) {
			assertTrue(!before.hasDrawing());
		}
		List<Departure> found = new ArrayList<>();
		assertEquals(pages.size(), Imprint.check(pages, left, right, bottom, Gbt9704.pt(Gbt9704.TOLERANCE), found));
		assertEquals(List.of(), found);
		LayoutChecker.Report r = new LayoutChecker(office).check(docx);
		assertTrue(r.clean(), r.departures().toString());
	}

	/** Planted: the 版记 starting on the next page, whichever it is, at the page's top: both found (NB415). */
	@Test
	void anImprintOnAnOddPageOrAboveThePagesFootIsReported(@TempDir Path dir) throws IOException {
		byte[] docx = new DocxGenerator().generate(TestReports.gangkouWithImprint(dir));
		byte[] planted = replaceInDocument(docx, s -> s.replace("<w:type w:val=\"evenPage\"/>", "")
				.replaceFirst("(<w:pStyle w:val=\"Imprint\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\")\\d+", "$1240"));
		LayoutChecker.Report r = new LayoutChecker(office).check(planted);
		List<String> imprint = r.departures().stream().filter(d -> d.code().equals(LayoutCodes.IMPRINT)).map(Departure::clause).toList();
		assertTrue(r.pages() % 2 == 1, "text ends on page " + (r.pages() - 1) + ": the 版记 on odd page " + r.pages());
		assertTrue(imprint.contains("7.4"), "odd page: " + r.departures());
		assertTrue(imprint.contains("7.4.1"), "last rule above the lower edge: " + r.departures());
		assertTrue(!r.clean());
	}

	interface Edit {
		String apply(String xml);
	}

	static byte[] replaceInDocument(byte[] docx, Edit edit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				byte[] bytes = in.readAllBytes();
				if (e.getName().equals("word/document.xml")) {
					String changed = edit.apply(new String(bytes, StandardCharsets.UTF_8));
					bytes = changed.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(e.getName()));
				zip.write(bytes);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
