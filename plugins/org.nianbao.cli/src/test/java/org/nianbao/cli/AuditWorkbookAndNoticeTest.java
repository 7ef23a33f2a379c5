package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.REVIEW_TOTAL;
import static org.nianbao.cli.AuditFixtures.readJson;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.office.LibreOffice;

import com.fasterxml.jackson.databind.JsonNode;

/** `audit --xlsx F` (the summary as a workbook, read back with POI) and `audit --notice F.docx` (the draft 通报). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditWorkbookAndNoticeTest {

	Path tmp;
	Path xlsx, notice;
	JsonNode audit;

	@BeforeAll
	void audit(@TempDir Path dir) throws Exception {
		tmp = dir;
		Path in = tmp.resolve("in"), previous = tmp.resolve("2023");
		AuditFixtures.report(in, "01-gangkou.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL); // an error
		AuditFixtures.report(in, "02-jiaoyu.nianbao", "中山市教育局", 2024, "2025-02-10"); // a department: due 31 January
		AuditFixtures.report(in, "03-sanxiang.nianbao", "中山市三乡镇人民政府", 2024, "2025-01-10");
		AuditFixtures.report(previous, "gangkou-2023.nianbao", "中山市港口镇人民政府", 2023, "2024-01-16",
				new String[] { "新收            24 2 0 0 0 0 26", "新收            30 2 0 0 0 0 32" });
		Path roster = Files.writeString(tmp.resolve("organs.csv"), "organ,kind,parent\n中山市港口镇人民政府,乡镇,中山市人民政府\n"
				+ "中山市教育局,部门,中山市人民政府\n中山市三乡镇人民政府,乡镇,中山市人民政府\n中山市南朗镇人民政府,乡镇,中山市人民政府\n",
				StandardCharsets.UTF_8);
		xlsx = tmp.resolve("out/summary.xlsx");
		notice = tmp.resolve("out/notice.docx");
		Path json = tmp.resolve("out/audit.json");
		var r = CliTestSupport.run("audit", "--xlsx", xlsx.toString(), "--notice", notice.toString(), "--json", json.toString(),
				"--roster", roster.toString(), "--previous-dir", previous.toString(), in.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.out() + r.err());
		audit = readJson(json);
	}

	/** A sheet's rows as maps header → cell. */
	private static List<Map<String, Cell>> rows(Sheet sheet) {
		Row head = sheet.getRow(0);
		List<Map<String, Cell>> result = new ArrayList<>();
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			Map<String, Cell> m = new HashMap<>();
			for (Cell h : head) {
				m.put(h.getStringCellValue(), sheet.getRow(i).getCell(h.getColumnIndex()));
			}
			result.add(m);
		}
		return result;
	}

	private static double number(Cell c) {
		assertEquals(CellType.NUMERIC, c.getCellType(), "a number, not text: " + c);
		return c.getNumericCellValue();
	}

	@Test
	void theWorkbookHasTheCountsFindingsRosterAndYearsWithNumbersAsNumbers() throws Exception {
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			List<String> names = new ArrayList<>();
			wb.forEach(s -> names.add(s.getSheetName()));
			assertEquals(List.of("汇总", "报告", "问题", "未报", "逾期", "格式不符", "重复", "名册外", "年度对比"), names);

			Map<String, Double> counts = new HashMap<>();
			rows(wb.getSheet("汇总")).forEach(r -> counts.put(r.get("项目").getStringCellValue(), number(r.get("数量"))));
			JsonNode totals = audit.get("totals");
			assertEquals(3.0, counts.get("报告"));
			assertEquals(totals.get("errors").asDouble(), counts.get("错误"));
			assertEquals(totals.get("warnings").asDouble(), counts.get("警告"));
			assertEquals(totals.get("reportsWithErrors").asDouble(), counts.get("有错误的报告"));
			assertEquals(1.0, counts.get("规则 NB101"));

			List<Map<String, Cell>> findings = rows(wb.getSheet("问题"));
			assertEquals(audit.get("findings").size(), findings.size());
			for (int i = 0; i < findings.size(); i++) {
				JsonNode f = audit.get("findings").get(i);
				assertEquals(f.get("fingerprint").asText(), findings.get(i).get("fingerprint").getStringCellValue());
				assertEquals(f.get("origin").asText(), findings.get(i).get("origin").getStringCellValue());
				assertEquals(f.get("line").asDouble(), number(findings.get(i).get("line")));
				assertEquals(2024.0, number(findings.get(i).get("year")));
				assertEquals("open", findings.get(i).get("status").getStringCellValue());
			}

			List<Map<String, Cell>> missing = rows(wb.getSheet("未报"));
			assertEquals(1, missing.size());
			assertEquals("中山市南朗镇人民政府", missing.get(0).get("organ").getStringCellValue());
			assertEquals(2024.0, number(missing.get(0).get("year")));
			List<Map<String, Cell>> late = rows(wb.getSheet("逾期"));
			assertEquals(1, late.size());
			assertEquals("中山市教育局", late.get(0).get("organ").getStringCellValue());
			assertEquals("2025-01-31", late.get(0).get("deadline").getStringCellValue());
			assertEquals(0, rows(wb.getSheet("名册外")).size());

			List<Map<String, Cell>> years = rows(wb.getSheet("年度对比"));
			assertEquals(2, years.size(), "港口镇 2023 and 2024; the others have one year");
			assertEquals("中山市港口镇人民政府", years.get(0).get("organ").getStringCellValue());
			assertEquals(List.of(2023.0, 2024.0), List.of(number(years.get(0).get("year")), number(years.get(1).get("year"))));
			assertEquals(List.of(32.0, 26.0), List.of(number(years.get(0).get("新收")), number(years.get(1).get("新收"))));
			assertEquals(3.0, number(years.get(1).get("复议")), "as the 2024 report writes it");
			assertEquals(100.0, number(years.get(1).get("与上年相似度（全文）%")));
			assertEquals(null, years.get(0).get("与上年相似度（全文）%"), "no year before 2023");
		}
	}

	@Test
	void calcReadsTheWorkbook() throws Exception {
		var office = LibreOffice.find();
		if (office.isEmpty()) {
			org.junit.jupiter.api.Assertions.assertNull(System.getenv("CI"), "LibreOffice is not installed (CI is set: must not skip)");
			org.junit.jupiter.api.Assumptions.abort("LibreOffice is not installed");
		}
		Path out = tmp.resolve("calc");
		List<Path> written = LibreOffice.locate().convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out);
		Path counts = out.resolve("summary-汇总.csv");
		assertTrue(written.contains(counts), written.toString());
		List<String> lines = Files.readAllLines(counts, StandardCharsets.UTF_8);
		assertEquals("项目,数量", lines.get(0));
		assertEquals("报告,3", lines.get(1));
	}

	private String documentXml() throws Exception {
		try (ZipFile zip = new ZipFile(notice.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theNoticeNamesTheCountsTheOrgansWithErrorsTheLateAndMissingAndTheCommonFindings() throws Exception {
		Document xml = Jsoup.parse(documentXml(), "", Parser.xmlParser());
		List<String> paragraphs = new ArrayList<>();
		Map<String, String> styles = new HashMap<>();
		xml.select("w|p").forEach(p -> {
			String text = String.join("", p.select("w|t").eachText());
			paragraphs.add(text);
			var style = p.selectFirst("w|pPr > w|pStyle");
			styles.putIfAbsent(text, style == null ? "" : style.attr("w:val"));
		});
		assertEquals("关于2024年度政府信息公开工作年度报告审核情况的通报", paragraphs.get(0));
		assertEquals("Title", styles.get(paragraphs.get(0)));
		JsonNode t = audit.get("totals");
		assertTrue(paragraphs.contains("共审核年度报告3份，其中1份存在错误，0份未能导入或校验。共发现错误" + t.get("errors").asInt() + "个、警告"
				+ t.get("warnings").asInt() + "个，其中报告本身的问题" + t.get("origin").get("publication").asInt() + "个，导入时未能读取的问题"
				+ t.get("origin").get("import").asInt() + "个。"), paragraphs.toString());
		assertTrue(paragraphs.contains("对照应报机关名册，未报送1家，逾期发布1家，使用格式与年度不符0家，重复报送0家，名册外0家。"), paragraphs.toString());
		for (String heading : List.of("一、基本情况", "二、存在错误的单位", "三、逾期发布和未报送的单位", "四、常见问题", "五、工作要求")) {
			assertEquals("Heading1", styles.get(heading), heading);
		}
		assertTrue(paragraphs.stream().anyMatch(p -> p.startsWith("1.中山市港口镇人民政府（1个错误），如：[NB101] ")), paragraphs.toString());
		assertFalse(paragraphs.stream().anyMatch(p -> p.contains("中山市三乡镇人民政府（")), "no errors, not listed");
		int missing = paragraphs.indexOf("（一）未报送");
		assertEquals("中山市南朗镇人民政府。", paragraphs.get(missing + 1));
		assertTrue(paragraphs.contains("1.中山市教育局：发布日期2025-02-10，发布期限2025-01-31。"), paragraphs.toString());
		// the most common: NB303 (each report's narrative lawsuits), then the rest
		int common = paragraphs.indexOf("四、常见问题");
		int nb303 = 0;
		java.util.Set<String> organs = new java.util.HashSet<>();
		for (JsonNode f : audit.get("findings")) {
			if ("NB303".equals(f.get("code").asText())) {
				nb303++;
				organs.add(f.get("organ").asText());
			}
		}
		assertEquals(3, organs.size());
		assertTrue(paragraphs.get(common + 1).startsWith("1.[NB303] 共" + nb303 + "个，涉及3个单位，如："), paragraphs.get(common + 1));
		assertTrue(paragraphs.stream().anyMatch(p -> p.matches("\\d\\.\\[NB101\\] 共1个，涉及1个单位，如：.*")), paragraphs.toString());
		assertNotNull(xml.selectFirst("w|pStyle[w:val=Signature]"), "the signature in the official layout");
	}

	@Test
	void theNoticeKeepsTheOfficialLayout() throws Exception {
		if (LibreOffice.find().isEmpty()) {
			org.junit.jupiter.api.Assertions.assertNull(System.getenv("CI"), "LibreOffice is not installed (CI is set: must not skip)");
			org.junit.jupiter.api.Assumptions.abort("LibreOffice is not installed");
		}
		var r = CliTestSupport.run("check-layout", notice.toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		assertTrue(r.out().lines().findFirst().orElse("").contains("偏离 GB/T 9704 0 处"), r.out());
	}
}
