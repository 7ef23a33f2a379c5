package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.BLANK_TOTAL;
import static org.nianbao.cli.AuditFixtures.JSON;
import static org.nianbao.cli.AuditFixtures.REVIEW_TOTAL;
import static org.nianbao.cli.AuditFixtures.readJson;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** `audit --sarif` against a baseline: valid SARIF 2.1.0 with fingerprints, baseline states and suppressions. */
class AuditSarifTest {

	@Test
	void sarifCarriesFingerprintsBaselineStatesAndSuppressions(@TempDir Path tmp) throws Exception {
		Path in = tmp.resolve("in");
		// 港口镇: the wrong 行政复议 total (NB101, and NB303 on the text that contradicts it) and NB303 on 行政诉讼
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL);
		Path baseline = tmp.resolve("baseline.json");
		CliTestSupport.run("audit", "--write-baseline", baseline.toString(), in.toString());
		// the reviewer dismisses the total; then 港口镇 corrects nothing but blanks 新收's total (new),
		// and one baseline entry is of a finding that is gone (fixed → absent)
		ObjectNode b = (ObjectNode) readJson(baseline);
		for (JsonNode e : b.get("findings")) {
			if ("NB101".equals(e.get("code").asText())) {
				((ObjectNode) e).put("status", "dismissed").put("reason", "已核实：按收文口径");
			}
		}
		((com.fasterxml.jackson.databind.node.ArrayNode) b.get("findings")).addObject().put("fingerprint", "00000000deadbeef")
				.put("code", "NB102").put("organ", "中山市港口镇人民政府").put("year", 2024).put("cell", "申请.新收.自然人")
				.put("message", "去年的问题").put("status", "open").putNull("reason");
		Files.writeString(baseline, JSON.writeValueAsString(b));
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL, BLANK_TOTAL);
		Path sarif = tmp.resolve("out/audit.sarif");
		var r = CliTestSupport.run("audit", "--baseline", baseline.toString(), "--sarif", sarif.toString(), in.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), "the new NB103 is an error nobody dismissed");

		JsonNode log = readJson(sarif);
		JsonSchema schema;
		try (InputStream s = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(s);
		}
		assertEquals(Set.of(), schema.validate(log));
		// the schema does check baselineState: a value outside SARIF's enum is rejected
		ObjectNode broken = log.deepCopy();
		((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("baselineState", "dismissed");
		assertFalse(schema.validate(broken).isEmpty());

		Map<String, JsonNode> byCode = new HashMap<>();
		int results = 0;
		for (JsonNode res : log.get("runs").get(0).get("results")) {
			results++;
			assertTrue(res.get("partialFingerprints").get("nianbao/v1").asText().matches("[0-9a-f]{16}"), res.toString());
			assertTrue(Set.of("new", "unchanged", "updated", "absent").contains(res.get("baselineState").asText()));
			byCode.merge(res.get("ruleId").asText() + ":" + res.get("baselineState").asText(), res, (x, y) -> x);
		}
		// NB101, 2 × NB303, NB103, the information NB312 (the text's total counts the carry-over), NB316
		// (its "办理和答复率96%" against the table's 25/27 = 92.59%) and the absent NB102
		assertEquals(7, results, log.toString());
		assertEquals("warning", byCode.get("NB316:unchanged").get("level").asText());
		JsonNode dismissed = byCode.get("NB101:unchanged");
		JsonNode suppression = dismissed.get("suppressions").get(0);
		assertEquals("external", suppression.get("kind").asText());
		assertEquals("accepted", suppression.get("status").asText());
		assertEquals("已核实：按收文口径", suppression.get("justification").asText());
		assertEquals("dismissed", dismissed.get("properties").get("baseline").asText());
		JsonNode fresh = byCode.get("NB103:new");
		assertFalse(fresh.has("suppressions"));
		assertEquals("申请.新收.总计", fresh.get("properties").get("cell").asText());
		JsonNode gone = byCode.get("NB102:absent");
		assertEquals("00000000deadbeef", gone.get("partialFingerprints").get("nianbao/v1").asText());
		assertEquals("none", gone.get("level").asText());
		assertFalse(byCode.get("NB303:unchanged").has("suppressions"));
	}
}
