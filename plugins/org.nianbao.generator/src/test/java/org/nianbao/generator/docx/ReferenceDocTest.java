package org.nianbao.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.check.Departure;
import org.nianbao.generator.check.LayoutChecker;
import org.nianbao.generator.check.LayoutCodes;
import org.nianbao.generator.office.LibreOffice;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** --reference-doc: the report takes an organ's styles, fonts and page setup; the built-in style is a file too. */
class ReferenceDocTest {

	/** The committed reference DOCX is what the official layout makes: styles, page setup, grid and footers. */
	@Test
	void theCommittedBuiltinReferenceIsTheOfficialLayout() throws IOException {
		byte[] committed;
		try (var in = ReferenceDoc.class.getResourceAsStream(ReferenceDoc.BUILTIN)) {
			committed = in.readAllBytes();
		}
		Map<String, String> built = DocxGeneratorTest.unzip(BuiltinReference.build()),
				file = DocxGeneratorTest.unzip(committed);
		for (String part : List.of("word/styles.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
				"word/settings.xml", "word/document.xml")) {
			assertEquals(built.get(part), file.get(part), part + " differs: rewrite " + ReferenceDoc.BUILTIN
					+ " with BuiltinReference.main");
		}
	}

	/** An organ's Word file, as Chinese Word writes one: 标题 1 has the id "1"; body 宋体 四号, other margins. */
	static byte[] house() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var styles = doc.createStyles();
			CTStyle normal = CTStyle.Factory.newInstance();
			normal.setType(STStyleType.PARAGRAPH);
			normal.setStyleId("a");
			normal.addNewName().setVal("Normal");
			var rpr = normal.addNewRPr();
			rpr.addNewRFonts().setEastAsia("宋体");
			rpr.addNewSz().setVal(BigInteger.valueOf(28));
			styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal, styles));
			CTStyle h1 = CTStyle.Factory.newInstance();
			h1.setType(STStyleType.PARAGRAPH);
			h1.setStyleId("1");
			h1.addNewName().setVal("heading 1");
			h1.addNewBasedOn().setVal("a");
			h1.addNewRPr().addNewRFonts().setEastAsia("微软雅黑");
			styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(h1, styles));
			var sect = doc.getDocument().getBody().addNewSectPr();
			var size = sect.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			var mar = sect.addNewPgMar();
			mar.setTop(BigInteger.valueOf(1701)); // 30 mm
			mar.setBottom(BigInteger.valueOf(1417));
			mar.setLeft(BigInteger.valueOf(1417)); // 25 mm
			mar.setRight(BigInteger.valueOf(1417));
			doc.createParagraph().createRun().setText("某局公文模板");
			doc.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aHouseStyleGivesItsBodyFontMarginsAndStyles() throws IOException {
		byte[] docx = new DocxGenerator(ReferenceDoc.of("某局模板.docx", house())).generate(TestReports.gangkou());
		try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var mar = d.getDocument().getBody().getSectPr().getPgMar();
			assertEquals(1701, ((BigInteger) mar.getTop()).intValue(), "the house's 30 mm top margin");
			assertEquals(1417, ((BigInteger) mar.getLeft()).intValue(), "the house's 25 mm left margin");
			assertEquals("宋体", d.getStyles().getStyle("a").getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
			List<String> styles = d.getParagraphs().stream().map(XWPFParagraph::getStyle).distinct().toList();
			assertTrue(styles.contains("1"), "headings take the house's 标题 1 (id 1): " + styles);
			assertTrue(styles.contains("a"), "body paragraphs take the house's Normal (id a): " + styles);
			assertTrue(d.getStyles().styleExist("TableText"), "what the house lacks comes from the built-in style");
			assertTrue(d.getParagraphs().stream().noneMatch(p -> p.getText().equals("某局公文模板")), "the house's body is not copied");
			assertEquals("某局模板.docx", d.getProperties().getCustomProperties().getProperty(ReferenceDoc.STYLE_PROPERTY).getLpwstr());
			// the tables fit the house's wider type area: 210 − 25 − 25 = 160 mm
			int widest = d.getTables().stream().mapToInt(t -> t.getCTTbl().getTblGrid().getGridColList().stream()
					.mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum()).max().orElseThrow();
			assertTrue(widest > Twips.TYPE_W && widest <= 11906 - 2 * 1417, "widest table " + widest);
		}
	}

	/** check-layout says where the house style departs from GB/T 9704, as information (exit 0). */
	@Test
	void checkLayoutReportsAHouseStylesDeparturesAsInformation() throws IOException {
		if (LibreOffice.find().isEmpty()) {
			ExternalTools.missing("soffice (LibreOffice)");
		}
		byte[] docx = new DocxGenerator(ReferenceDoc.of("某局模板.docx", house())).generate(TestReports.gangkou());
		LayoutChecker.Report r = new LayoutChecker(LibreOffice.locate()).check(docx);
		String all = String.join("\n", r.departures().stream().map(d -> d.toText("house.docx")).toList());
		assertTrue(r.clean(), all);
		assertEquals("某局模板.docx", r.houseStyle());
		assertTrue(all.contains("house.docx:1: info: [NB402] 页面设置的天头（上白边）为 30.0 mm，应为 37.0 mm ± 1 mm"), all);
		assertTrue(all.contains("house.docx:1: info: [NB402] 页面设置的订口（左白边）为 25.0 mm"), all);
		assertTrue(all.contains("info: [NB407] 样式“Normal”用字体“宋体”，应为仿宋_GB2312"), all);
		assertTrue(r.departures().stream().anyMatch(d -> d.code().equals(LayoutCodes.PAGE_NUMBER_TEXT)), "the house has no page numbers");
		assertTrue(r.departures().stream().allMatch(Departure::info));
	}
}
