package org.nianbao.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.xlsx.XlsxGenerator;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;

/**
 * A report that prints （六）其他处理 as one row of totals (`sum 其他处理`, as imported from such a
 * publication) is published with that row where the group's rows would be: HTML, DOCX and XLSX.
 */
class GroupTotalsPublishingTest {

	static ReportView view;
	static List<String> leafLabels;

	@BeforeAll
	static void load(@TempDir Path dir) throws Exception {
		String source = Files.readString(TestReports.example("gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		// one 不掌握 moves to （六）: 总计 stays 23, so the report validates only if the row of totals counts
		String changed = source.replaceFirst("(?m)^( *)不掌握 +11 0 0 0 0 0 11$", "$1不掌握 10 0 0 0 0 0 10")
				.replaceFirst("(?m)^( *)逾期不补正 .*$", "$1sum 其他处理 1 0 0 0 0 0 1")
				.replaceFirst("(?m)^ *逾期未缴费 .*\\n", "").replaceFirst("(?m)^ *其他处理\\.其他 .*\\n", "");
		assertFalse(changed.contains("逾期未缴费") || changed.contains("其他处理.其他"), changed);
		view = TestReports.view(changed, dir);
		TableDef table = TestReports.table(view, "申请");
		Group group = (Group) Tables.referableNames(table.getRows().getNodes()).get("其他处理");
		leafLabels = Tables.leaves(group).stream().map(Leaf::getLabel).toList();
	}

	@Test
	void theReportValidatesThroughItsRowOfTotals() {
		assertEquals(List.of(), view.errors().stream().map(Object::toString).toList());
	}

	@Test
	void theLayoutHasOneRowForTheGroup() {
		TableDef table = TestReports.table(view, "申请");
		HeaderLayout full = HeaderLayout.of(table);
		HeaderLayout shown = view.tables().stream().filter(t -> t.def() == table).findFirst().orElseThrow().layout();
		assertEquals(full.rows().size() - 2, shown.rows().size());
		List<Node> groups = new ArrayList<>();
		for (int i = 0; i < shown.rows().size(); i++) {
			if (shown.rowNode(i) instanceof Group g) {
				groups.add(g);
			}
		}
		assertEquals(1, groups.size());
		assertEquals("（六）其他处理", ((Group) groups.get(0)).getLabel());
	}

	@Test
	void htmlPrintsTheRowOfTotalsUnderTheGroupsLabel() {
		Document d = Jsoup.parse(new HtmlGenerator().generate(view));
		Element row = d.selectFirst("tr[data-row=办理结果.其他处理]");
		assertTrue(row != null, "a row for the group");
		assertEquals("（六）其他处理", row.select("th").last().text());
		assertEquals(List.of("1", "0", "0", "0", "0", "0", "1"), row.select("td").eachText());
		for (String label : leafLabels) {
			assertTrue(d.select("th").stream().noneMatch(th -> th.text().equals(label)), "no row for " + label);
		}
	}

	@Test
	void docxPrintsTheGroupsLabelAndNotItsRows() throws Exception {
		String xml = part(new DocxGenerator().generate(view), "word/document.xml");
		assertTrue(xml.contains("（六）其他处理"), "the group's label");
		for (String label : leafLabels) {
			assertFalse(xml.contains(label), "no row for " + label);
		}
	}

	@Test
	void xlsxHoldsTheTotalsAsNumbersInTheGroupsRow() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxGenerator().generate(view)))) {
			List<Double> numbers = null;
			for (Sheet sheet : wb) {
				for (Row r : sheet) {
					boolean labelled = false;
					List<Double> values = new ArrayList<>();
					for (Cell c : r) {
						if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals("（六）其他处理")) {
							labelled = true;
						} else if (c.getCellType() == CellType.NUMERIC) {
							values.add(c.getNumericCellValue());
						}
						if (c.getCellType() == CellType.STRING) {
							assertFalse(leafLabels.contains(c.getStringCellValue()), "no row for " + c.getStringCellValue());
						}
					}
					if (labelled) {
						numbers = values;
					}
				}
			}
			assertEquals(List.of(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0), numbers);
		}
	}

	private static String part(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}
}
