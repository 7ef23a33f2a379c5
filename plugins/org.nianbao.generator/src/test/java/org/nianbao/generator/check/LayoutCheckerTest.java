package org.nianbao.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

	@Test
	void aGeneratedReportPrints22LinesOf28CharactersWithNoDeparture() throws IOException {
		LayoutChecker.Report r = checker.check(new DocxGenerator().generate(TestReports.gangkou()));
		assertEquals(List.of(), r.departures(), LayoutChecker.summary(r));
		assertEquals(22, r.linesPerFullPage());
		assertEquals(28, r.charsPerFullLine());
		assertEquals(22, r.mostLinesPrinted(), "a body page prints all 22 lines");
		assertEquals(225.0 / 22, r.linePitchMm(), 0.05);
		assertTrue(r.charPitchMm() <= 156.0 / 28, "character pitch " + r.charPitchMm());
		assertEquals(6, r.pages());
	}

	/** The generated DOCX with a departure planted in each measure the checker has. */
	static byte[] planted() throws IOException {
		byte[] docx = new DocxGenerator().generate(TestReports.gangkou());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// 5.2.1: left margin 20 mm instead of 28 (the type area grows to 164 mm)
			doc.getDocument().getBody().getSectPr().getPgMar().setLeft(BigInteger.valueOf(Math.round(20 * 1440 / 25.4)));
			// 5.2.3: a 31 pt line pitch: 20 lines in the type area
			doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing().setLine(BigInteger.valueOf(620));
			// 7.5: odd page numbers centred instead of one character in from the right
			doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
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

	@Test
	void eachPlantedDepartureIsReportedWithItsClause() throws IOException {
		LayoutChecker.Report r = checker.check(planted());
		List<String> lines = r.departures().stream().map(Departure::toText).toList();
		String all = String.join("\n", lines);
		assertTrue(lines.contains("[GB/T 9704 5.2.1] 页面设置的订口（左白边）为 20.0 mm，应为 28.0 mm ± 1 mm "
				+ "(left margin set to 20.0 mm, expected 28.0 mm ± 1 mm)"), all);
		assertTrue(lines.contains("[GB/T 9704 5.2.1] 页面设置的版心宽为 164.0 mm，应为 156.0 mm ± 1 mm "
				+ "(type area width set to 164.0 mm, expected 156.0 mm ± 1 mm)"), all);
		assertTrue(r.departures().stream().anyMatch(d -> d.clause().equals("5.2.1") && d.page() == 1
				&& d.zh().startsWith("文字超出版心左侧 8.0 mm")), all);
		assertEquals(20, r.linesPerFullPage(), all);
		assertTrue(all.contains("[GB/T 9704 5.2.3] 行距 10.94 mm，版心只排得下 20 行，应为每面 22 行"), all);
		assertTrue(r.departures().stream().anyMatch(d -> d.clause().equals("7.5") && d.page() == 1
				&& d.zh().startsWith("单页码应居右空一字")), all);
		// the even footer was left alone, but it follows the left margin that moved 8 mm
		assertTrue(r.departures().stream().anyMatch(d -> d.clause().equals("7.5") && d.page() == 2
				&& d.zh().equals("双页码应居左空一字，实距版心左边 -3.0 mm")), all);
		assertTrue(r.departures().stream().anyMatch(d -> d.clause().equals("5.2.1") && d.zh().startsWith("表格宽")), all);
	}
}
