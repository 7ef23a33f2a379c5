package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

	@TempDir
	Path tmp;

	private static final String MESSY = "report 甲 : 政府信息公开年报2021 {\nsection 主动公开 {\ntable 规章文件 {\n// 注释\n规章 0 0 10\n规范性文件 2 4 5\n}\n}\n}\n";

	@Test
	void checkReportsUnformattedFilesWithExitOneAndLeavesThemAlone() throws Exception {
		Path f = tmp.resolve("messy.nianbao");
		Files.writeString(f, MESSY);
		var r = CliTestSupport.run("fmt", "--check", f.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.out().contains("未格式化"), r.out());
		assertEquals(MESSY, Files.readString(f));
	}

	@Test
	void formatsInPlaceThenCheckPassesAndCommentsSurvive() throws Exception {
		Path f = tmp.resolve("messy.nianbao");
		Files.writeString(f, MESSY);
		assertEquals(ExitCodes.OK, CliTestSupport.run("fmt", f.toString()).code());
		String formatted = Files.readString(f);
		assertNotEquals(MESSY, formatted);
		assertTrue(formatted.contains("// 注释"));
		assertTrue(formatted.contains("      规章        0  0  10\n"), formatted);
		assertEquals(ExitCodes.OK, CliTestSupport.run("fmt", "--check", f.toString()).code());
		try (var files = Files.list(tmp)) {
			assertEquals(1, files.count(), "no temporary file may be left behind");
		}
	}

	@Test
	void fileWithSyntaxErrorsIsNeverRewritten() throws Exception {
		Path f = tmp.resolve("broken.nianbao");
		String broken = "report 甲 : 政府信息公开年报2021 {\n  section 主动公开 {\n";
		Files.writeString(f, broken);
		var r = CliTestSupport.run("fmt", f.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.err().contains("[NB001]"), r.err());
		assertEquals(broken, Files.readString(f));
	}
}
