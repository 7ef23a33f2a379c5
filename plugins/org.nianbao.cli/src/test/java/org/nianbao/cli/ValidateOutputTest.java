package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** `validate --format json|sarif`, `--lang en`, `--previous`: fields, schema validity, exit codes. */
class ValidateOutputTest {

	@TempDir
	Path tmp;

	private static final ObjectMapper JSON = new ObjectMapper();

	private Path seed000(String from, String to) throws Exception {
		String text = Files.readString(CliTestSupport.example("gangkou-2024.nianbao"));
		assertTrue(text.contains(from), from);
		Path p = tmp.resolve("gangkou-test.nianbao");
		Files.writeString(p, text.replace(from, to));
		return p;
	}

	/** The 行政复议 total raised from 2 to 3, and 新收's total left blank. */
	private Path twoFaults() throws Exception {
		String text = Files.readString(CliTestSupport.example("gangkou-2024.nianbao"))
				.replace("件数  2 0 0 0 2", "件数  2 0 0 0 3").replace("新收            24 2 0 0 0 0 26", "新收 24 2 0 0 0 0 -");
		Path p = tmp.resolve("two-faults.nianbao");
		Files.writeString(p, text);
		return p;
	}

	private static JsonNode find(JsonNode array, String code) {
		for (JsonNode n : array) {
			if (code.equals(n.get("code").asText())) {
				return n;
			}
		}
		throw new AssertionError("no " + code + " in " + array);
	}

	@Test
	void jsonHasTheAgreedFieldsWithCellExpectedAndActual() throws Exception {
		Path file = twoFaults();
		var r = CliTestSupport.run("validate", "--format", "json", file.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
		JsonNode array = JSON.readTree(r.out());
		assertTrue(array.isArray());
		JsonNode total = find(array, "NB101");
		assertEquals(file.toString(), total.get("file").asText());
		for (String field : List.of("line", "column", "endLine", "endColumn")) {
			assertTrue(total.get(field).isInt() && total.get(field).asInt() >= 1, field);
		}
		assertEquals(total.get("line").asInt(), total.get("endLine").asInt());
		assertEquals(total.get("column").asInt() + 1, total.get("endColumn").asInt());
		assertEquals("error", total.get("severity").asText());
		assertTrue(total.get("message").asText().contains("应为 2"), total.toString());
		assertTrue(total.get("expected").isNumber());
		assertEquals(2, total.get("expected").asInt());
		assertEquals(3, total.get("actual").asInt());
		assertEquals("复议诉讼", total.get("cell").get("table").asText());
		assertEquals("件数", total.get("cell").get("row").asText());
		assertEquals("行政复议.总计", total.get("cell").get("column").asText());
		JsonNode blank = find(array, "NB103");
		assertTrue(blank.get("actual").isNull(), blank.toString());
		assertEquals(26, blank.get("expected").asInt());
		JsonNode narrative = find(array, "NB303");
		assertEquals("warning", narrative.get("severity").asText());
		assertFalse(narrative.has("cell"));
	}

	@Test
	void sarifIsValidAgainstTheSarif210Schema() throws Exception {
		var r = CliTestSupport.run("validate", "--format", "sarif", twoFaults().toString(),
				CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
		JsonNode log = JSON.readTree(r.out());
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
		Set<ValidationMessage> errors = schema.validate(log);
		assertEquals(Set.of(), errors);
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode results = log.get("runs").get(0).get("results");
		List<String> rules = new ArrayList<>();
		results.forEach(n -> rules.add(n.get("ruleId").asText()));
		assertTrue(rules.containsAll(List.of("NB101", "NB103", "NB303")), rules.toString());
		JsonNode first = results.get(0);
		assertTrue(first.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
				.startsWith("file:"));
		// a schema check that could fail: a log without runs is rejected
		assertFalse(schema.validate(JSON.readTree("{\"version\":\"2.1.0\"}")).isEmpty());
	}

	@Test
	void englishMessagesAreRenderedFromCodeAndData() throws Exception {
		var r = CliTestSupport.run("validate", "--lang", "en", twoFaults().toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
		assertTrue(r.out().contains("error: [NB101] 行政复议.总计 should be 2 (= 2 + 0 + 0 + 0), found 3"), r.out());
		assertTrue(r.out().contains("[NB103] 新收/总计 is blank; it should be 26"), r.out());
		Path date = seed000("\"2025-01-16\"", "\"2025-02-30\"");
		var badDate = CliTestSupport.run("validate", "--lang", "en", date.toString());
		assertTrue(badDate.out().contains("[NB208] publication date \"2025-02-30\" is invalid: no such date"), badDate.out());
		assertTrue(badDate.out().contains("[NB303] the text says 2 (\"行政诉讼案件2件\") but the tables say 0 (the total of lawsuits"),
				badDate.out());
		var zh = CliTestSupport.run("validate", twoFaults().toString());
		assertTrue(zh.out().contains("[NB101] 行政复议.总计应为 2（= 2 + 0 + 0 + 0），实为 3"), zh.out());
	}

	@Test
	void warningsAloneExitZeroAndTheNarrativeOfSeed000IsFlagged() {
		var r = CliTestSupport.run("validate", CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.OK, r.code(), r.out());
		assertTrue(r.out().matches("(?s).*gangkou-2024\\.nianbao:\\d+:\\d+: warning: \\[NB303\\] .*行政诉讼案件2件.*"), r.out());
	}

	@Test
	void previousReportFromTheCommandLine() throws Exception {
		String last = Files.readString(CliTestSupport.example("gangkou-2024.nianbao")).replace("年度 2024", "年度 2023")
				.replace("港口镇2024", "港口镇2023").replace("发布 \"2025-01-16\"", "发布 \"2024-01-16\"");
		Path lastFile = tmp.resolve("gangkou-2023.nianbao");
		Files.writeString(lastFile, last);
		Path thisFile = seed000("年度 2024", "年度 2024");
		var r = CliTestSupport.run("validate", "--format", "json", "--previous", lastFile.toString(), thisFile.toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		JsonNode array = JSON.readTree(r.out());
		JsonNode carry = find(array, "NB301");
		assertEquals(2, carry.get("expected").asInt());
		assertEquals(1, carry.get("actual").asInt());
		assertEquals("上年结转", carry.get("cell").get("row").asText());
		find(array, "NB302");
		find(array, "NB309");
		var missing = CliTestSupport.run("validate", "--previous", tmp.resolve("nope.nianbao").toString(),
				thisFile.toString());
		assertEquals(ExitCodes.USAGE, missing.code());
		assertTrue(missing.err().contains("文件不存在"), missing.err());
	}

	@Test
	void badFormatIsAUsageError() {
		var r = CliTestSupport.run("validate", "--format", "xml", CliTestSupport.example("gangkou-2024.nianbao").toString());
		assertEquals(ExitCodes.USAGE, r.code());
	}
}
