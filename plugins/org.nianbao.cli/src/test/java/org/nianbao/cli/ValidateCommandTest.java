package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

	@TempDir
	Path tmp;

	@Test
	void cleanExampleExitsZeroWithoutErrors() {
		var r = CliTestSupport.run("validate", CliTestSupport.example("enping-2024.nianbao").toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		assertFalse(r.out().contains(": error:"), r.out());
	}

	@Test
	void brokenCopyGetsALocatedErrorInTheAgreedFormatAndExitOne() throws Exception {
		String text = Files.readString(CliTestSupport.example("enping-2024.nianbao")).replace("      新收 ", "      新收错 ");
		Path broken = tmp.resolve("broken.nianbao");
		Files.writeString(broken, text);
		int line = lineOf(text, "新收错");
		var r = CliTestSupport.run("validate", broken.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.out() + r.err());
		assertTrue(r.out().contains(broken + ":" + line + ":7: error: [NB002] "), r.out());
		assertFalse(r.err().contains("Exception"), r.err());
	}

	@Test
	void syntaxErrorIsReportedWithLineAndColumn() throws Exception {
		Path broken = tmp.resolve("syntax.nianbao");
		Files.writeString(broken, "report 甲 : 政府信息公开年报2021 {\n  年度 ]\n}\n");
		var r = CliTestSupport.run("validate", broken.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.out().matches("(?s).*syntax\\.nianbao:2:6: error: \\[NB001\\] 语法错误.*"), r.out());
	}

	@Test
	void syntaxErrorIsInEnglishUnderLangEnInJson() throws Exception {
		Path broken = tmp.resolve("syntax.nianbao");
		Files.writeString(broken, "report 甲 : 政府信息公开年报2021 {\n  年度 ]\n}\n");
		var r = CliTestSupport.run("validate", "--lang", "en", "--format", "json", broken.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
		JsonNode syntax = null;
		for (JsonNode n : new ObjectMapper().readTree(r.out())) {
			if ("NB001".equals(n.get("code").asText())) {
				syntax = n;
				break;
			}
		}
		assertNotNull(syntax, r.out());
		assertEquals(2, syntax.get("line").asInt());
		assertEquals("syntax error: \"]\" is not expected here; expecting a number", syntax.get("message").asText());
	}

	@Test
	void missingFileIsAOneLineUsageErrorWithExitTwo() {
		var r = CliTestSupport.run("validate", tmp.resolve("nope.nianbao").toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		assertTrue(r.err().contains("文件不存在"), r.err());
	}

	@Test
	void aFolderWithoutReportsIsAUsageError() {
		var r = CliTestSupport.run("validate", tmp.toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("目录中没有 .nianbao 文件"), r.err());
	}

	/** gangkou-2024 and a 2023 report of the same organ (its 结转下年 2 against 2024's 上年结转 1). */
	Path lastYear(String organ) throws Exception {
		String text = Files.readString(CliTestSupport.example("gangkou-2024.nianbao"));
		Files.writeString(tmp.resolve("gangkou-2024.nianbao"), text);
		Path last = tmp.resolve("gangkou-2023.nianbao");
		Files.writeString(last, text.replace("港口镇2024 :", "港口镇2023 :").replace("年度 2024", "年度 2023")
				.replace("2025-01-16", "2024-01-16").replace("\"中山市港口镇人民政府\"", "\"" + organ + "\""));
		return last;
	}

	/** The NB301 findings (carry-over against last year's report) of a JSON run, as file:cell:expected:actual. */
	static java.util.List<String> carryOvers(String json) throws Exception {
		java.util.List<String> found = new java.util.ArrayList<>();
		for (JsonNode n : new ObjectMapper().readTree(json)) {
			if ("NB301".equals(n.get("code").asText())) {
				JsonNode c = n.get("cell");
				found.add(Path.of(n.get("file").asText()).getFileName() + ":" + c.get("row").asText() + "."
						+ c.get("column").asText() + ":" + n.get("expected").asText() + ":" + n.get("actual").asText());
			}
		}
		return found;
	}

	@Test
	void aFolderIsValidatedWithLastYearsReportOfTheSameOrganAmongItsFiles() throws Exception {
		// the organ written with a full-width space: the same organ as OrganNames compares names
		lastYear("中山市　港口镇人民政府");
		var r = CliTestSupport.run("validate", "--format", "json", tmp.toString());
		assertEquals(java.util.List.of("gangkou-2024.nianbao:上年结转.自然人:2:1", "gangkou-2024.nianbao:上年结转.总计:2:1"),
				carryOvers(r.out()), r.err());
		// another organ's report of 2023 is not last year's report
		lastYear("中山市南朗镇人民政府");
		var other = CliTestSupport.run("validate", "--format", "json", tmp.toString());
		assertEquals(java.util.List.of(), carryOvers(other.out()), other.err());
	}

	@Test
	void lastYearsReportNamedByReferenceIsLoadedFromTheFolder() throws Exception {
		lastYear("中山市南朗镇人民政府"); // named, so the organ does not matter
		Path report = tmp.resolve("gangkou-2024.nianbao");
		Files.writeString(report, Files.readString(report).replace("  年度 2024\n", "  年度 2024\n  上年 港口镇2023\n"));
		var r = CliTestSupport.run("validate", "--format", "json", report.toString());
		assertEquals(java.util.List.of("gangkou-2024.nianbao:上年结转.自然人:2:1", "gangkou-2024.nianbao:上年结转.总计:2:1"),
				carryOvers(r.out()), r.err());
		// the old form, a path, means what it meant
		Files.writeString(report, Files.readString(report).replace("上年 港口镇2023", "上年 \"gangkou-2023.nianbao\""));
		assertEquals(2, carryOvers(CliTestSupport.run("validate", "--format", "json", report.toString()).out()).size());
	}

	@Test
	void unknownOptionIsAUsageError() {
		var r = CliTestSupport.run("validate", "--no-such-flag", "x.nianbao");
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("--no-such-flag"), r.err());
	}

	@Test
	void reportNamingATemplateInASiblingFileResolves() {
		var r = CliTestSupport.run("validate", CliTestSupport.example("window-stats.nianbao").toString());
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
	}

	static int lineOf(String text, String needle) {
		int idx = text.indexOf(needle);
		return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
	}
}
