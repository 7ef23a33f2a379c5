package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.readJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** `audit --roster organs.csv [--year N]`: missing, late, wrong format, duplicate, unknown, similar names. */
class AuditRosterTest {

	@TempDir
	Path tmp;

	private static List<String> organs(JsonNode array) {
		List<String> names = new ArrayList<>();
		array.forEach(n -> names.add(n.get("organ").asText()));
		return names;
	}

	private Path roster() throws Exception {
		Path csv = tmp.resolve("organs.csv");
		// a BOM and a space in a name, as a spreadsheet might leave them
		Files.writeString(csv, "\ufefforgan,kind,parent\n" + "中山市 港口镇人民政府,乡镇,中山市人民政府\n"
				+ "中山市教育局,部门,中山市人民政府\n" + "中山市人民政府,政府,\n" + "中山市佐龙镇人民政府,乡镇,中山市人民政府\n"
				+ "中山市三乡镇人民政府,乡镇,中山市人民政府\n" + "中山市南朗镇人民政府,乡镇,中山市人民政府\n"
				+ "中山市坦洲镇人民政府,乡镇,中山市人民政府\n", StandardCharsets.UTF_8);
		return csv;
	}

	@Test
	void rosterCases() throws Exception {
		Path in = tmp.resolve("in");
		AuditFixtures.report(in, "01-gangkou.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16"); // on time
		AuditFixtures.report(in, "02-jiaoyu.nianbao", "中山市教育局", 2024, "2025-02-10"); // a department: due 31 January
		AuditFixtures.report(in, "03-shizhengfu.nianbao", "中山市人民政府", 2024, "2025-03-31"); // on the last day
		AuditFixtures.report(in, "04-sanxiang.nianbao", "中山市三乡镇人民政府", 2024, "2025-01-10");
		AuditFixtures.report(in, "05-sanxiang-again.nianbao", "中山市三乡镇人民政府", 2024, "2025-01-12");
		AuditFixtures.report(in, "06-nanlang.nianbao", "中山市南朗镇人民政俯", 2024, "2025-04-01"); // misspelt, and late
		AuditFixtures.report(in, "07-stranger.nianbao", "中山市文化广电旅游局", 2024, "2025-01-20");
		// 坦洲镇 used the 2019 trial format for 2024
		AuditFixtures.report(in, "08-tanzhou.nianbao", "中山市坦洲镇人民政府", 2024, "2025-01-20",
				new String[] { ": 政府信息公开年报2021", ": 政府信息公开年报2019" });
		// a report of another year takes no part in the 2024 check (and does not make 2023 the default)
		AuditFixtures.report(in, "09-zuolong-2023.nianbao", "中山市佐龙镇人民政府", 2023, "2024-01-20");
		Path json = tmp.resolve("audit.json");

		var r = CliTestSupport.run("audit", "--roster", roster().toString(), "--json", json.toString(), in.toString());
		assertTrue(r.code() == ExitCodes.FINDINGS, r.err()); // the 2019 report has errors; the roster does not change the exit code
		JsonNode roster = readJson(json).get("roster");
		assertEquals(2024, roster.get("year").asInt());
		assertEquals(List.of("中山市佐龙镇人民政府"), organs(roster.get("missing")));
		assertEquals("乡镇", roster.get("missing").get(0).get("kind").asText());

		assertEquals(List.of("中山市教育局", "中山市南朗镇人民政府"), organs(roster.get("late")));
		JsonNode late = roster.get("late").get(0);
		assertEquals("2025-02-10", late.get("date").asText());
		assertEquals("2025-01-31", late.get("deadline").asText());
		assertEquals("部门", late.get("kind").asText());
		JsonNode lateTown = roster.get("late").get(1);
		assertEquals("2025-03-31", lateTown.get("deadline").asText());
		assertTrue(lateTown.get("matched_by_similarity").asBoolean());
		assertEquals("中山市南朗镇人民政俯", lateTown.get("published_name").asText());
		assertFalse(late.has("matched_by_similarity"));

		assertEquals(List.of("中山市坦洲镇人民政府"), organs(roster.get("wrong_format")));
		assertEquals("政府信息公开年报2019", roster.get("wrong_format").get(0).get("template").asText());
		assertEquals("政府信息公开年报2021", roster.get("wrong_format").get(0).get("expected").asText());

		assertEquals(List.of("中山市三乡镇人民政府"), organs(roster.get("duplicate")));
		assertEquals(2, roster.get("duplicate").get(0).get("inputs").size());

		assertEquals(List.of("中山市文化广电旅游局"), organs(roster.get("unknown")));
		assertTrue(roster.get("unknown").get(0).get("input").asText().endsWith("07-stranger.nianbao"));

		JsonNode similar = roster.get("similar");
		assertEquals(List.of("中山市南朗镇人民政府"), organs(similar));
		assertTrue(similar.get(0).get("matched_by_similarity").asBoolean());
		assertEquals("中山市南朗镇人民政俯", similar.get(0).get("published_name").asText());

		// the text summary names them
		assertTrue(r.out().contains("名册核对（2024 年度）"), r.out());
		assertTrue(r.out().contains("未发布 (missing) 1：中山市佐龙镇人民政府"), r.out());
		assertTrue(r.out().contains("逾期发布 (late) 2：中山市教育局（2025-02-10 发布，期限 2025-01-31）"), r.out());
		assertTrue(r.out().contains("重复 (duplicate) 1：中山市三乡镇人民政府（2 份）"), r.out());
		assertTrue(r.out().contains("名册外 (unknown) 1：中山市文化广电旅游局"), r.out());
		assertTrue(r.out().contains("警告：报告中的机关“中山市南朗镇人民政俯”按相似度对应到名册的“中山市南朗镇人民政府”"), r.out());

		// --year 2023: only 佐龙镇 reported; the 2021 format is right for 2023
		CliTestSupport.run("audit", "--roster", roster().toString(), "--year", "2023", "--json", json.toString(),
				in.toString());
		JsonNode y2023 = readJson(json).get("roster");
		assertEquals(2023, y2023.get("year").asInt());
		assertEquals(6, y2023.get("missing").size());
		assertFalse(organs(y2023.get("missing")).contains("中山市佐龙镇人民政府"));
		assertEquals(0, y2023.get("late").size());
		assertEquals(0, y2023.get("wrong_format").size());
	}

	@Test
	void wrongFormatByYear() throws Exception {
		Path in = tmp.resolve("in");
		// a 2020 report must use the 2019 trial format; this one uses the 2021 format
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2020, "2021-01-16");
		Path json = tmp.resolve("a.json");
		CliTestSupport.run("audit", "--roster", roster().toString(), "--json", json.toString(), in.toString());
		JsonNode wrong = readJson(json).get("roster").get("wrong_format");
		assertEquals(1, wrong.size());
		assertEquals("政府信息公开年报2019", wrong.get(0).get("expected").asText());
		assertEquals(2020, wrong.get(0).get("year").asInt());
	}

	@Test
	void aBadRosterIsAUsageError() throws Exception {
		Path in = tmp.resolve("in");
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16");
		Path csv = tmp.resolve("bad.csv");
		Files.writeString(csv, "organ,kind,parent\n中山市教育局,局,\n");
		var r = CliTestSupport.run("audit", "--roster", csv.toString(), in.toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("第 1 条记录：类别“局”无效"), r.err());
		Files.writeString(csv, "name,type\n中山市教育局,部门\n");
		var header = CliTestSupport.run("audit", "--roster", csv.toString(), in.toString());
		assertEquals(ExitCodes.USAGE, header.code());
		assertTrue(header.err().contains("表头 organ,kind,parent"), header.err());
	}

	@Test
	void importFindingsAreCountedApartFromThePublications() throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		String enping = Files.readString(CliTestSupport.example("published/seed-004.txt"), StandardCharsets.UTF_8);
		// digits run together that no split explains: NB055, the import's
		Files.writeString(in.resolve("g-ambiguous.txt"),
				enping.replaceFirst("行政规范性文件 \\| 5 \\| 9 \\| 20 \\| \\|", "行政规范性文件5920"));
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16");
		Path json = tmp.resolve("a.json"), csv = tmp.resolve("a.csv");
		var r = CliTestSupport.run("audit", "--json", json.toString(), "--csv", csv.toString(), in.toString());
		JsonNode root = readJson(json);
		int imports = 0, publications = 0;
		for (JsonNode f : root.get("findings")) {
			// the importer's messages and the warnings on the cells it could not read (NB107) are the import's
			boolean fromImporter = f.get("code").asText().matches("NB05\\d|NB06\\d|NB107");
			assertEquals(fromImporter ? "import" : "publication", f.get("origin").asText(), f.toString());
			if (fromImporter) {
				imports++;
			} else {
				publications++;
			}
		}
		assertTrue(imports >= 1 && publications >= 1, root.get("findings").toString());
		assertEquals(imports, root.get("totals").get("origin").get("import").asInt());
		assertEquals(publications, root.get("totals").get("origin").get("publication").asInt());
		assertTrue(r.out().contains("其中原文问题 " + publications + " 个，导入问题 " + imports + " 个"), r.out());
		List<String> lines = Files.readAllLines(tmp.resolve("a.findings.csv"));
		assertEquals("\ufeffinput,line,column,severity,code,message,fingerprint,origin,baseline,published", lines.get(0));
		assertTrue(lines.stream().anyMatch(l -> l.contains(",NB055,") && l.matches(".*,[0-9a-f]{16},import,,$")), lines.toString());
	}
}
