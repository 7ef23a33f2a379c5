package org.nianbao.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.office.LibreOffice;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

/** check-layout on LibreOffice's rendering: a generated report is on the GB/T 9704 grid; planted departures are found. */
class LayoutCheckerTest {

	static LayoutChecker checker;

	@BeforeAll
	static void libreOffice() throws IOException {
		if (LibreOffice.find().isEmpty()) {
			ExternalTools.missing("soffice (LibreOffice)");
		}
		checker = new LayoutChecker(LibreOffice.locate());
	}

	/** Every example report, generated in the official layout, prints on the GB/T 9704 grid with no departure. */
	@ParameterizedTest
	@ValueSource(strings = { "gangkou-2024.nianbao", "enping-2024.nianbao", "window-stats.nianbao" })
	void everyExamplePrintsOnTheGrid(String example) throws IOException {
		LayoutChecker.Report r = checker.check(new DocxGenerator().generate(TestReports.view(TestReports.example(example))));
		assertTrue(r.clean(), LayoutChecker.summary(r) + "\n" + texts(r));
		assertEquals(28, r.charsPerFullLine(), LayoutChecker.summary(r));
		assertTrue(r.charPitchMm() <= 156.0 / 28, "character pitch " + r.charPitchMm());
		if (r.pages() > 2) {
			assertEquals(22, r.linesPerFullPage());
			assertEquals(22, r.mostLinesPrinted(), "a body page prints all 22 lines");
			assertEquals(225.0 / 22, r.linePitchMm(), 0.05);
		}
		// what this machine lacks is information, never a departure
		assertTrue(r.departures().stream().allMatch(d -> d.info() && d.code().equals(LayoutCodes.FONT_SUBSTITUTED)), texts(r));
	}

	@Test
	void gangkouMeasures22LinesOf28OnSixPages() throws IOException {
		LayoutChecker.Report r = checker.check(new DocxGenerator().generate(TestReports.gangkou()));
		assertEquals(22, r.linesPerFullPage());
		assertEquals(28, r.charsPerFullLine());
		assertEquals(6, r.pages());
		assertEquals(10.20, r.linePitchMm(), 0.01);
		assertEquals(5.54, r.charPitchMm(), 0.01);
	}

	static String texts(LayoutChecker.Report r) {
		return String.join("\n", r.departures().stream().map(d -> d.toText("t.docx")).toList());
	}

	/** The generated DOCX with departures planted by POI: margins, a font, the page numbers, a table, the pitch. */
	static byte[] planted() throws IOException {
		byte[] docx = new DocxGenerator().generate(TestReports.gangkou());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// 5.2.1: left margin 20 mm instead of 28 (the type area grows to 164 mm)
			doc.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(Math.round(20 * 1440 / 25.4)));
			// 5.2.3: a 31 pt line pitch: 20 lines in the type area
			doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().setLine(BigInteger.valueOf(620));
			// 5.2.2: the body in 微软雅黑 instead of 仿宋
			doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).setEastAsia("Microsoft YaHei");
			// 7.5: the page numbers removed (the section refers to no footer)
			var sect = doc.getDocument().getBody().getSectPr();
			while (sect.sizeOfFooterReferenceArray() > 0) {
				sect.removeFooterReference(0);
			}
			// 5.2.1: the 15-column review table a third wider than the type area
			XWPFTable wide = doc.getTables().stream().filter(t -> t.getCTTbl().getTblGrid().sizeOfGridColArray() >= 15)
					.findFirst().orElseThrow();
			widen(wide, 4, 3);
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static void widen(XWPFTable table, int num, int den) {
		for (CTTblGridCol col : table.getCTTbl().getTblGrid().getGridColList()) {
			col.setW(BigInteger.valueOf(((BigInteger) col.getW()).longValue() * num / den));
		}
		var w = table.getCTTbl().getTblPr().getTblW();
		w.setW(BigInteger.valueOf(((BigInteger) w.getW()).longValue() * num / den));
		for (CTRow row : table.getCTTbl().getTrList()) {
			for (CTTc tc : row.getTcList()) {
				var tcw = tc.getTcPr().getTcW();
				tcw.setW(BigInteger.valueOf(((BigInteger) tcw.getW()).longValue() * num / den));
			}
		}
	}

	static List<Departure> of(LayoutChecker.Report r, String code) {
		return r.departures().stream().filter(d -> d.code().equals(code)).toList();
	}

	@Test
	void eachPlantedDepartureIsReportedWithItsCodeAndClause() throws IOException {
		LayoutChecker.Report r = checker.check(planted());
		String all = texts(r);
		assertTrue(all.contains("t.docx:1: departure: [NB402] 页面设置的订口（左白边）为 20.0 mm，应为 28.0 mm ± 1 mm（GB/T 9704 5.2.1）"
				+ "(left margin set to 20.0 mm, expected 28.0 mm ± 1 mm)"), all);
		assertTrue(all.contains("[NB402] 页面设置的版心宽为 164.0 mm"), all);
		// 8 mm further left, less the 1.5 mm LibreOffice centres the 28-character grid in the wider line by
		assertTrue(of(r, LayoutCodes.OUTSIDE_TYPE_AREA).stream().anyMatch(d -> d.page() == 1 && d.zh().startsWith("文字超出版心左侧 6.5 mm")), all);
		assertEquals(20, r.linesPerFullPage(), all);
		assertTrue(all.contains("[NB404] 行距 10.94 mm，版心只排得下 20 行，应为每面 22 行"), all);
		assertTrue(all.contains("[NB407] 样式“Normal”用字体“Microsoft YaHei”，应为仿宋_GB2312（GB/T 9704 5.2.2）"), all);
		// no page number on any page
		assertEquals(r.pages(), of(r, LayoutCodes.PAGE_NUMBER_TEXT).size(), all);
		assertTrue(all.contains(":2: departure: [NB409] 版心下方没有“— 2 —”样式的页码"), all);
		assertTrue(of(r, LayoutCodes.TABLE_WIDTH).stream().anyMatch(d -> d.zh().startsWith("表格宽 ")), all);
		assertEquals(r.count(), r.departures().stream().filter(d -> !d.info()).count());
	}

	@Test
	void snappingToTheCharacterGridIsCaughtAsSpreadLines() throws IOException {
		byte[] docx = new DocxGenerator().generate(TestReports.gangkou());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// what a Word template often does: paragraphs snap to the 28-character grid
			doc.getStyles().getStyle("Normal").getCTStyle().getPPr().addNewSnapToGrid().setVal(Boolean.TRUE);
			doc.write(out);
			LayoutChecker.Report r = checker.check(out.toByteArray());
			assertTrue(of(r, LayoutCodes.CHARS_PER_LINE).stream().anyMatch(d -> d.zh().startsWith("整行只排了")), texts(r));
		}
	}
}
