package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.BLANK_TOTAL;
import static org.nianbao.cli.AuditFixtures.JSON;
import static org.nianbao.cli.AuditFixtures.REVIEW_TOTAL;
import static org.nianbao.cli.AuditFixtures.readJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** `audit --write-baseline`, `--baseline`, `--fail-on`: findings that stay decided. */
class AuditBaselineTest {

	@TempDir
	Path tmp;

	private Path in() {
		return tmp.resolve("in");
	}

	private CliTestSupport.Result audit(String... args) {
		List<String> all = new ArrayList<>(List.of("audit"));
		all.addAll(List.of(args));
		all.add(in().toString());
		return CliTestSupport.run(all.toArray(String[]::new));
	}

	/** Findings of an audit JSON by code (first of each). */
	private static Map<String, JsonNode> byCode(JsonNode root) {
		Map<String, JsonNode> m = new HashMap<>();
		root.get("findings").forEach(f -> m.putIfAbsent(f.get("code").asText(), f));
		return m;
	}

	private static List<String> states(JsonNode root) {
		List<String> s = new ArrayList<>();
		root.get("findings").forEach(f -> s.add(f.get("baseline").asText()));
		return s;
	}

	@Test
	void roundTripNewFixedAndDismissed() throws Exception {
		// 港口镇 with a wrong 行政复议 total (error NB101) and its narrative warning (NB303); 佐龙镇 clean but for NB303
		AuditFixtures.report(in(), "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL);
		AuditFixtures.report(in(), "b.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-20");
		Path baseline = tmp.resolve("baseline.json"), json = tmp.resolve("audit.json");

		var first = audit("--write-baseline", baseline.toString(), "--json", json.toString());
		assertEquals(ExitCodes.FINDINGS, first.code(), first.out() + first.err());
		JsonNode written = readJson(baseline);
		JsonNode run1 = readJson(json);
		int count = run1.get("findings").size();
		assertEquals(count, written.get("findings").size());
		assertTrue(count >= 3, run1.toString());
		JsonNode review = null;
		for (JsonNode e : written.get("findings")) {
			assertEquals(List.of("fingerprint", "code", "organ", "year", "cell", "message", "status", "reason"),
					fieldNames(e));
			assertTrue(e.get("fingerprint").asText().matches("[0-9a-f]{16}"), e.toString());
			assertEquals("open", e.get("status").asText());
			assertTrue(e.get("reason").isNull());
			if ("NB101".equals(e.get("code").asText())) {
				review = e;
			}
		}
		assertEquals("中山市港口镇人民政府", review.get("organ").asText());
		assertEquals(2024, review.get("year").asInt());
		assertEquals("复议诉讼.件数.行政复议.总计", review.get("cell").asText());
		assertFalse(run1.has("fixed"), "no baseline given, nothing is fixed");
		assertFalse(run1.get("findings").get(0).has("baseline"));

		// second run, and the report moved down three lines: every finding unchanged
		Path a = in().resolve("a.nianbao");
		Files.writeString(a, "// 重新排版\n\n\n" + Files.readString(a));
		var second = audit("--baseline", baseline.toString(), "--json", json.toString());
		assertEquals(ExitCodes.FINDINGS, second.code(), "the open error still fails the run");
		JsonNode run2 = readJson(json);
		assertEquals(count, run2.get("findings").size());
		assertEquals(List.of("unchanged"), states(run2).stream().distinct().toList());
		assertEquals(0, run2.get("fixed").size());
		assertEquals(count, run2.get("totals").get("baseline").get("unchanged").asInt());
		assertTrue(second.out().contains("新增 0，未变 " + count), second.out());
		for (JsonNode f : run2.get("findings")) {
			for (String field : List.of("input", "fingerprint", "origin", "baseline")) {
				assertTrue(f.hasNonNull(field), field + " in " + f);
			}
			assertEquals("publication", f.get("origin").asText());
		}

		// a new fault in 佐龙镇: exactly one finding is new, and it is that one
		AuditFixtures.report(in(), "b.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-20", BLANK_TOTAL);
		audit("--baseline", baseline.toString(), "--json", json.toString());
		JsonNode run3 = readJson(json);
		List<JsonNode> fresh = new ArrayList<>();
		run3.get("findings").forEach(f -> {
			if ("new".equals(f.get("baseline").asText())) {
				fresh.add(f);
			}
		});
		assertEquals(1, fresh.size(), run3.get("findings").toString());
		assertEquals("NB103", fresh.get(0).get("code").asText());
		assertEquals("中山市佐龙镇人民政府", fresh.get(0).get("organ").asText());
		assertEquals(1, run3.get("totals").get("baseline").get("new").asInt());

		// 港口镇's fault corrected: its two findings (the total, and the text's "行政复议案件2件" that
		// contradicted the wrong total) are listed as fixed, with the baseline's fields
		AuditFixtures.report(in(), "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16");
		AuditFixtures.report(in(), "b.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-20");
		var fixedRun = audit("--baseline", baseline.toString(), "--json", json.toString());
		assertEquals(ExitCodes.OK, fixedRun.code(), "no errors left");
		JsonNode run4 = readJson(json);
		JsonNode fixedList = run4.get("fixed");
		assertEquals(2, fixedList.size(), fixedList.toString());
		JsonNode fixed = "NB101".equals(fixedList.get(0).get("code").asText()) ? fixedList.get(0) : fixedList.get(1);
		assertEquals(review.get("fingerprint").asText(), fixed.get("fingerprint").asText());
		assertEquals("复议诉讼.件数.行政复议.总计", fixed.get("cell").asText());
		assertEquals(List.of("NB101", "NB303"), List.of(fixedList.get(0).get("code").asText(),
				fixedList.get(1).get("code").asText()).stream().sorted().toList());
		assertEquals(2, run4.get("totals").get("baseline").get("fixed").asInt());
		assertEquals(List.of("unchanged"), states(run4).stream().distinct().toList(), "the other findings stayed");
		assertFalse(byCode(run4).containsKey("NB101"));

		// the fault is back and the reviewer dismissed it: dismissed, and --fail-on errors passes
		AuditFixtures.report(in(), "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL);
		ObjectNode edited = (ObjectNode) readJson(baseline);
		for (JsonNode e : edited.get("findings")) {
			if ("NB101".equals(e.get("code").asText())) {
				((ObjectNode) e).put("status", "dismissed").put("reason", "复议案件按收文口径统计，已核实");
			}
		}
		Files.writeString(baseline, JSON.writeValueAsString(edited));
		var dismissed = audit("--baseline", baseline.toString(), "--write-baseline", baseline.toString(), "--json",
				json.toString(), "--fail-on", "errors");
		assertEquals(ExitCodes.OK, dismissed.code(), dismissed.out() + dismissed.err());
		JsonNode nb101 = byCode(readJson(json)).get("NB101");
		assertEquals("dismissed", nb101.get("baseline").asText());
		assertEquals("复议案件按收文口径统计，已核实", nb101.get("reason").asText());
		// the rewritten baseline kept the decision and its reason
		JsonNode kept = null;
		for (JsonNode e : readJson(baseline).get("findings")) {
			if ("NB101".equals(e.get("code").asText())) {
				kept = e;
			}
		}
		assertEquals("dismissed", kept.get("status").asText());
		assertEquals("复议案件按收文口径统计，已核实", kept.get("reason").asText());
		// a third run from the rewritten file: still dismissed
		audit("--baseline", baseline.toString(), "--json", json.toString());
		assertEquals("dismissed", byCode(readJson(json)).get("NB101").get("baseline").asText());
	}

	@Test
	void failOnModes() throws Exception {
		AuditFixtures.report(in(), "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL);
		Path baseline = tmp.resolve("b.json");
		// errors (the default): an open error fails; never: nothing fails
		assertEquals(ExitCodes.FINDINGS, audit().code());
		assertEquals(ExitCodes.FINDINGS, audit("--fail-on", "errors").code());
		assertEquals(ExitCodes.OK, audit("--fail-on", "never").code());
		// new: without a baseline every finding is new; with one that holds them all, none is
		assertEquals(ExitCodes.FINDINGS, audit("--fail-on", "new").code());
		assertEquals(ExitCodes.FINDINGS, audit("--write-baseline", baseline.toString()).code());
		assertEquals(ExitCodes.OK, audit("--baseline", baseline.toString(), "--fail-on", "new").code());
		assertEquals(ExitCodes.FINDINGS, audit("--baseline", baseline.toString(), "--fail-on", "errors").code());
		// a warning that is new fails --fail-on new, though --fail-on errors would not care
		AuditFixtures.report(in(), "c.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-16");
		assertEquals(ExitCodes.FINDINGS, audit("--baseline", baseline.toString(), "--fail-on", "new").code());
		var bad = audit("--fail-on", "sometimes");
		assertEquals(ExitCodes.USAGE, bad.code());
		assertTrue(bad.err().contains("new、errors 或 never"), bad.err());
	}

	@Test
	void aBadBaselineIsAUsageErrorWithoutAStackTrace() throws Exception {
		AuditFixtures.report(in(), "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16");
		Path bad = tmp.resolve("bad.json");
		Files.writeString(bad, "{\"findings\": [{\"fingerprint\": \"0123456789abcdef\", \"status\": \"maybe\"}]}");
		var r = audit("--baseline", bad.toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("状态“maybe”无效"), r.err());
		assertFalse(r.err().contains("\tat "), r.err());
		var missing = audit("--baseline", tmp.resolve("none.json").toString());
		assertEquals(ExitCodes.USAGE, missing.code());
		assertTrue(missing.err().contains("基线文件不存在"), missing.err());
		// --write-baseline to a file that does not exist yet starts from an empty baseline
		Path fresh = tmp.resolve("new/baseline.json");
		assertEquals(ExitCodes.OK, audit("--write-baseline", fresh.toString()).code());
		assertTrue(readJson(fresh).get("findings").size() >= 1);
		assertNull(readJson(fresh).get("fixed"));
	}

	private static List<String> fieldNames(JsonNode n) {
		List<String> names = new ArrayList<>();
		n.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
