package org.nianbao.generator.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.data.CellExport.CellRecord;
import org.nianbao.generator.model.ReportView;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CellExportTest {

	static ReportView view;

	@BeforeAll
	static void load() {
		view = TestReports.gangkou();
	}

	@Test
	void everyCellOfEveryTableIsOneRecord() {
		List<CellRecord> records = CellExport.records(view);
		assertEquals(6 + 1 + 2 + 1 + 25 * 7 + 15, records.size());
		CellRecord secret = records.stream()
				.filter(r -> r.table().equals("申请") && r.rowKey().equals("办理结果.无法提供.不掌握")
						&& r.columnKey().equals("自然人"))
				.findFirst().orElseThrow();
		assertEquals(new BigDecimal("11"), secret.value());
		assertEquals("1.本机关不掌握相关政府信息", secret.rowLabel());
		assertEquals("自然人", secret.columnLabel());
		assertEquals("政府信息公开年报2021", secret.template());
		CellRecord lawsuit = records.stream()
				.filter(r -> r.table().equals("复议诉讼") && r.columnKey().equals("行政诉讼.复议后起诉.总计"))
				.findFirst().orElseThrow();
		assertEquals("总计", lawsuit.columnLabel());
		assertEquals(BigDecimal.ZERO, lawsuit.value());
	}

	@Test
	void jsonCarriesMetadataValuesAndNotes() throws Exception {
		JsonNode doc = new ObjectMapper().readTree(CellExport.json(view));
		assertEquals("港口镇2024", doc.get("report").asText());
		assertEquals("中山市港口镇人民政府", doc.get("organ").asText());
		assertEquals(2024, doc.get("year").asInt());
		assertEquals(0, doc.get("errors").asInt());
		JsonNode cells = doc.get("cells");
		assertEquals(200, cells.size());
		JsonNode abolished = null;
		for (JsonNode c : cells) {
			if (c.get("row_key").asText().equals("规范性文件") && c.get("column_key").asText().equals("本年废止")) {
				abolished = c;
			}
		}
		assertEquals(4, abolished.get("value").asInt());
		assertTrue(abolished.get("value").isNumber());
		assertEquals("1个废止，3个到期自动失效", abolished.get("note").asText());
		assertEquals("number", abolished.get("kind").asText());
		assertEquals(CellExport.FIELDS, iterable(abolished.fieldNames()));
		assertTrue(cells.get(0).get("note").isNull());
	}

	static List<String> iterable(java.util.Iterator<String> it) {
		List<String> l = new ArrayList<>();
		it.forEachRemaining(l::add);
		return l;
	}

	@Test
	void csvHasAHeaderOneLinePerCellAndQuotesWhereNeeded(@TempDir Path dir) throws Exception {
		String csv = CellExport.csv(view);
		assertTrue(csv.startsWith("\uFEFFtemplate,report,table,row_key,row_label,column_key,column_label,value,note,kind\r\n"));
		String[] lines = csv.substring(1).split("\r\n");
		assertEquals(1 + 200, lines.length);
		assertTrue(csv.contains("\r\n政府信息公开年报2021,港口镇2024,收费,行政事业性收费,行政事业性收费,收费金额,本年收费金额（单位：万元）,2862,2862万元,number\r\n"));

		ReportView tricky = TestReports.view("""
				report 引号 : 政府信息公开年报2021 {
				  section 主动公开 {
				    table 规章文件 {
				      规章 1 "含,逗号 和 \\"引号\\"" - "=HYPERLINK()" auto
				    }
				  }
				}
				""", dir);
		String t = CellExport.csv(tricky);
		assertTrue(t.contains(",规章,规章,本年制发,本年制发件数,1,\"含,逗号 和 \"\"引号\"\"\",number\r\n"), t);
		assertTrue(t.contains(",本年废止,本年废止件数,,'=HYPERLINK(),blank\r\n"), "no formula injection");
		assertTrue(t.contains(",现行有效,现行有效件数,,,auto\r\n"));
		assertTrue(t.contains(",规范性文件,行政规范性文件,本年制发,本年制发件数,,,missing\r\n"));
		CellRecord blank = CellExport.records(tricky).get(1);
		assertNull(blank.value());
	}
}
