package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Audit over the examples plus planted faults: the summary counts are right. */
class AuditCommandTest {

	private static void copy(String example, Path dir, String as) throws Exception {
		Files.copy(CliTestSupport.example(example), dir.resolve(as));
	}

	@Test
	void auditOfExamplesAndPlantedFaults(@TempDir Path tmp) throws Exception {
		Path dir = Files.createDirectories(tmp.resolve("in"));
		copy("gangkou-2024.nianbao", dir, "a-gangkou.nianbao");
		copy("enping-2024.nianbao", dir, "b-enping.nianbao");
		copy("published/seed-000.txt", dir, "c-seed-000.txt");
		copy("published/seed-004.txt", dir, "d-seed-004.txt");
		String enping = Files.readString(CliTestSupport.example("published/seed-004.txt"), StandardCharsets.UTF_8);
		// planted: a report that does not parse, an input that cannot be mapped, digits run together
		Files.writeString(dir.resolve("e-broken.nianbao"), Files.readString(CliTestSupport.example("gangkou-2024.nianbao"))
				.replace("新收            24", "新收  @24"));
		// an input that is no annual report at all (an unmatched row alone is now read by order or reported)
		Files.writeString(dir.resolve("f-unmappable.txt"), "通知\n关于召开会议的通知\n各单位：定于下周召开会议。\n");
		Files.writeString(dir.resolve("g-ambiguous.txt"), enping.replaceFirst("行政规范性文件 \\| 5 \\| 9 \\| 20 \\| \\|", "行政规范性文件5920"));
		Files.writeString(dir.resolve("notes.md"), "not an input");
		Path json = tmp.resolve("out/audit.json"), csv = tmp.resolve("out/audit.csv"), html = tmp.resolve("out/audit.html");

		var r = CliTestSupport.run("audit", "--json", json.toString(), "--csv", csv.toString(), "--html", html.toString(),
				dir.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.out() + r.err());

		JsonNode root = new ObjectMapper().readTree(json.toFile());
		JsonNode totals = root.get("totals");
		assertEquals(7, totals.get("reports").asInt());
		assertEquals(1, totals.get("failedInputs").asInt());
		assertEquals(3, totals.get("reportsWithErrors").asInt());
		Map<String, JsonNode> byName = new HashMap<>();
		for (JsonNode e : root.get("reports")) {
			byName.put(Path.of(e.get("input").asText()).getFileName().toString(), e);
		}
		for (String clean : List.of("a-gangkou.nianbao", "b-enping.nianbao", "c-seed-000.txt", "d-seed-004.txt")) {
			assertEquals(0, byName.get(clean).get("errors").asInt(), clean);
			assertEquals("ok", byName.get(clean).get("status").asText(), clean);
		}
		JsonNode seed0 = byName.get("c-seed-000.txt");
		assertEquals("港口镇", seed0.get("organ").asText());
		assertEquals(2024, seed0.get("year").asInt());
		assertEquals("政府信息公开年报2021", seed0.get("template").asText());
		assertEquals("import-failed", byName.get("f-unmappable.txt").get("status").asText());
		assertEquals(1, byName.get("f-unmappable.txt").get("errors").asInt());
		assertTrue(byName.get("e-broken.nianbao").get("errors").asInt() >= 1);
		assertTrue(byName.get("g-ambiguous.txt").get("firstFindings").get(0).asText().startsWith("[NB055]"));
		JsonNode codes = root.get("findingsByCode");
		assertEquals(1, codes.get("NB050").asInt());
		assertEquals(1, codes.get("NB055").asInt());
		assertTrue(codes.get("NB001").asInt() >= 1);
		assertFalse(byName.containsKey("notes.md"));

		List<String> csvLines = Files.readAllLines(csv);
		assertEquals(8, csvLines.size());
		assertTrue(Files.readAllLines(tmp.resolve("out/audit.findings.csv")).size() > 3);
		String page = Files.readString(html);
		assertTrue(page.contains("<svg"));
		assertEquals(3, page.split("<figure class=\"chart\"><h3>", -1).length - 1, "three charts");
		assertFalse(page.contains("<script src") || page.contains(" src=") || page.contains("<link"), "self-contained");
		// not a terminal: one plain progress line per input
		assertTrue(r.err().contains("[7/7]"), r.err());
	}

	@Test
	void anOutputThatCannotBeWrittenIsRefusedBeforeTheAudit(@TempDir Path tmp) throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		Files.copy(CliTestSupport.example("published/seed-000.txt"), in.resolve("a.txt"));
		Path file = Files.writeString(tmp.resolve("a-file"), "x");
		// the folder named for the JSON is a file: refused at once, with the path, nothing imported
		var r = CliTestSupport.run("audit", "--json", file.resolve("a.json").toString(), in.toString());
		assertEquals(ExitCodes.USAGE, r.code(), r.err());
		assertTrue(r.err().contains(file.resolve("a.json") + ": 无法写入"), r.err());
		assertFalse(r.err().contains("内部错误") || r.err().contains("Exception"), r.err());
		assertFalse(r.out().contains("份报告"), "no audit ran: " + r.out());
		// a folder where the file should go
		Path folder = Files.createDirectories(tmp.resolve("out.json"));
		var d = CliTestSupport.run("audit", "--json", folder.toString(), in.toString());
		assertEquals(ExitCodes.USAGE, d.code(), d.err());
		assertTrue(d.err().contains(folder + ": 是目录"), d.err());
		assertEquals("x", Files.readString(file), "nothing the user wrote is touched");
	}

	@Test
	void previousReportsAreMatchedByOrganAndYear() {
		var prev = List.of(new AuditCommand.Previous("中山市港口镇人民政府", 2023, Path.of("p1")),
				new AuditCommand.Previous("恩平市人民政府办公室", 2023, Path.of("p2")));
		var index = LastYearIndex.of(prev);
		assertEquals(Path.of("p1"), index.find("港口镇", 2024).file());
		assertEquals(Path.of("p2"), index.find("恩平市人民政府办公室", 2024).file());
		assertNull(index.find("港口镇", 2026));
		assertNull(index.find("佐龙镇人民政府", 2024));
	}

	@Test
	void lastYearsReportsAreUsedForTheCrossYearChecks(@TempDir Path tmp) throws Exception {
		// Last year's 港口镇 carried 3 applications over per 自然人, this year's report says 1 came over.
		Path previous = Files.createDirectories(tmp.resolve("2023"));
		String last = Files.readString(CliTestSupport.example("gangkou-2024.nianbao"), StandardCharsets.UTF_8)
				.replace("年度 2024", "年度 2023").replace("港口镇2024 :", "港口镇2023 :")
				.replace("结转下年         2 0 0 0 0 0 2", "结转下年         3 0 0 0 0 0 3");
		Files.writeString(previous.resolve("gangkou-2023.nianbao"), last);
		Path json = tmp.resolve("a.json");
		var with = CliTestSupport.run("audit", "--previous-dir", previous.toString(), "--json", json.toString(),
				CliTestSupport.example("published/seed-000.txt").toString());
		JsonNode withPrevious = new ObjectMapper().readTree(json.toFile());
		CliTestSupport.run("audit", "--json", json.toString(), CliTestSupport.example("published/seed-000.txt").toString());
		JsonNode without = new ObjectMapper().readTree(json.toFile());
		int a = withPrevious.get("reports").get(0).get("warnings").asInt() + withPrevious.get("reports").get(0).get("errors").asInt();
		int b = without.get("reports").get(0).get("warnings").asInt() + without.get("reports").get(0).get("errors").asInt();
		assertTrue(a > b, with.out() + with.err());
	}

	@Test
	void withoutPreviousDirLastYearsReportIsTheSameOrgansAmongTheInputs(@TempDir Path tmp) throws Exception {
		// 2023's 港口镇 carried 3 over per 自然人 (and in 总计); 2024's report says 1 came over
		Path in = Files.createDirectories(tmp.resolve("in"));
		String text = Files.readString(CliTestSupport.example("gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		Files.writeString(in.resolve("gangkou-2024.nianbao"), text);
		Files.writeString(in.resolve("gangkou-2023.nianbao"), text.replace("年度 2024", "年度 2023")
				.replace("港口镇2024 :", "港口镇2023 :").replace("2025-01-16", "2024-01-16")
				.replace("结转下年         2 0 0 0 0 0 2", "结转下年         3 0 0 0 0 0 3"));
		Path json = tmp.resolve("a.json");
		var r = CliTestSupport.run("audit", "--json", json.toString(), in.toString());
		java.util.List<String> carry = new java.util.ArrayList<>();
		for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("findings")) {
			if ("NB301".equals(f.get("code").asText())) {
				carry.add(Path.of(f.get("input").asText()).getFileName() + ":" + f.get("cell").asText());
			}
		}
		assertEquals(java.util.List.of("gangkou-2024.nianbao:申请.上年结转.自然人", "gangkou-2024.nianbao:申请.上年结转.总计"),
				carry, r.out() + r.err());
	}

	@Test
	void inOneTreeLastYearsPublishedTextIsImportedAndUsedForTheCrossYearChecks(@TempDir Path tmp) throws Exception {
		// the published page of 2024 and a 2023 page of the same organ that carried 3 over per 自然人
		Path in = Files.createDirectories(tmp.resolve("tree"));
		String page = Files.readString(CliTestSupport.example("published/seed-000.txt"), StandardCharsets.UTF_8);
		Files.writeString(in.resolve("gangkou-2024.txt"), page);
		java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(page.split("\n", -1)));
		int row = lines.indexOf("四、结转下年度继续办理");
		assertEquals("2", lines.get(row + 2));
		assertEquals("2", lines.get(row + 14));
		lines.set(row + 2, "3");
		lines.set(row + 14, "3");
		Files.writeString(in.resolve("gangkou-2023.txt"), String.join("\n", lines).replace("2024年", "2023年")
				.replace("2025-01-16", "2024-01-16"));
		Path json = tmp.resolve("a.json");
		var r = CliTestSupport.run("audit", "--json", json.toString(), in.toString());
		java.util.List<String> carry = new java.util.ArrayList<>();
		for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("findings")) {
			if ("NB301".equals(f.get("code").asText())) {
				carry.add(f.get("input").asText().replace(in.toString(), "").split(" ")[0] + ":" + f.get("cell").asText());
			}
		}
		String sep = java.io.File.separator;
		assertEquals(java.util.List.of(sep + "gangkou-2024.txt:申请.上年结转.自然人", sep + "gangkou-2024.txt:申请.上年结转.总计"),
				carry, r.out() + r.err());
	}
}
