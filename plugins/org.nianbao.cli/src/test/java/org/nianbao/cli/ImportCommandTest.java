package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

	private static Path seed(int n) {
		return CliTestSupport.example("published/seed-00" + n + ".txt");
	}

	@Test
	void importsIntoADirectoryNamedAfterTheInputs(@TempDir Path dir) throws Exception {
		var r = CliTestSupport.run("import", "--out-dir", dir.toString(), seed(0).toString(), seed(4).toString());
		assertEquals(ExitCodes.OK, r.code(), r.err());
		assertEquals(Files.readString(CliTestSupport.example("imported/seed-000.nianbao")),
				Files.readString(dir.resolve("seed-000.nianbao")));
		assertTrue(Files.exists(dir.resolve("seed-004.nianbao")));
		// the imports validate without errors
		assertEquals(ExitCodes.OK, CliTestSupport.run("validate", dir.resolve("seed-000.nianbao").toString()).code());
	}

	@Test
	void warningsAreLocatedInTheInput(@TempDir Path dir) {
		var r = CliTestSupport.run("import", "-o", dir.resolve("x.nianbao").toString(), seed(1).toString());
		assertEquals(ExitCodes.OK, r.code());
		assertTrue(r.err().contains(seed(1) + ":146:1: warning: [NB053]"), r.err());
	}

	@Test
	void anUnmappableInputFailsAtItsLineAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
		Path bad = dir.resolve("bad.txt");
		// Not an annual report at all (an unmatched row alone is now decoded by order or reported, not a stop).
		String text = "关于召开会议的通知\n各单位：\n定于下周召开会议。\n";
		Files.writeString(bad, text);
		Path out = dir.resolve("bad.nianbao");
		// an earlier import under the same name must not pass for this one
		Files.writeString(out, "// 由 nianbao import 自 bad.txt 导入。\nreport 旧 : 政府信息公开年报2021 {}\n");
		var r = CliTestSupport.run("import", "-o", out.toString(), bad.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.err().contains(bad + ":1:1: error: [NB050]"), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void hostileInputIsRefused(@TempDir Path dir) throws Exception {
		Path html = dir.resolve("x.html");
		Files.writeString(html, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>");
		var r = CliTestSupport.run("import", "--out-dir", dir.toString(), html.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.err().contains("[NB052]"), r.err());
		assertFalse(Files.exists(dir.resolve("x.nianbao")));
	}

	@Test
	void usageErrors(@TempDir Path dir) {
		assertEquals(ExitCodes.USAGE, CliTestSupport.run("import", seed(0).toString()).code(), "no output given");
		assertEquals(ExitCodes.USAGE, CliTestSupport.run("import", "-o", dir.resolve("a.nianbao").toString(),
				seed(0).toString(), seed(1).toString()).code(), "-o with two inputs");
		assertEquals(ExitCodes.USAGE, CliTestSupport.run("import", "-o", "a.nianbao", "--out-dir", dir.toString(),
				seed(0).toString()).code(), "-o and --out-dir");
		assertEquals(ExitCodes.USAGE, CliTestSupport.run("import", "--template", "2020", "--out-dir", dir.toString(),
				seed(0).toString()).code(), "bad template");
		assertEquals(ExitCodes.USAGE, CliTestSupport.run("import", "--out-dir", dir.toString(),
				dir.resolve("missing.txt").toString()).code(), "missing input");
	}
}
