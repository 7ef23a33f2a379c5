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
	void directoryInsteadOfFileIsAUsageError() {
		var r = CliTestSupport.run("validate", tmp.toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("不是文件"), r.err());
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
