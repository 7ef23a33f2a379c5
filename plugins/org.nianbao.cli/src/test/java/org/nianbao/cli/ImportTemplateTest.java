package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of a user-written template, published and imported back: the template is chosen by
 * evidence among the national ones and the input folder's, or named with `--template NAME|FILE`,
 * and the imported numbers are the report's. The national templates still win for a national report.
 */
class ImportTemplateTest {

	/** The window-statistics example published as HTML by the generator, in a folder with its template file. */
	private static Path published(Path dir) throws Exception {
		Path example = CliTestSupport.example("window-stats.nianbao");
		Path out = Files.createDirectories(dir.resolve("out"));
		assertEquals(0, CliTestSupport.run("generate", "--html", "--out-dir", out.toString(), example.toString()).code());
		return out.resolve("window-stats.html");
	}

	@Test
	void aUserTemplateInTheInputsFolderIsChosenByEvidence(@TempDir Path dir) throws Exception {
		Path page = published(dir);
		Files.copy(CliTestSupport.example("window-stats.nianbao"), page.resolveSibling("templates.nianbao"));
		Path target = page.resolveSibling("imported.nianbao"); // beside the template, where validation finds it
		var r = CliTestSupport.run("import", "-o", target.toString(), page.toString());
		assertTrue(r.out().contains("（窗口办件统计）"), r.out() + r.err());
		String imported = Files.readString(target, StandardCharsets.UTF_8);
		assertTrue(imported.matches("(?s).*report \\S+ : 窗口办件统计 \\{.*"), imported);
		// the numbers the example writes (受理 即办件 承诺件), read back from the published page
		assertTrue(imported.matches("(?s).*\\n\\s*受理\\s+\\d+\\s+\\d+\\s+\\d+\\s*\\n.*"), imported);
		var v = CliTestSupport.run("validate", "--format", "json", target.toString());
		assertTrue(v.out().contains("[ ]") || !v.out().contains("\"error\""), v.out());
	}

	@Test
	void aTemplateFileOrNameGivenWithTemplateIsUsed(@TempDir Path dir) throws Exception {
		Path page = published(dir); // no template beside it
		Path target = dir.resolve("by-file.nianbao");
		var byFile = CliTestSupport.run("import", "--template", CliTestSupport.example("window-stats.nianbao").toString(), "-o",
				target.toString(), page.toString());
		assertTrue(byFile.out().contains("（窗口办件统计）"), byFile.out() + byFile.err());

		var unknown = CliTestSupport.run("import", "--template", "没有这个模板", "-o", dir.resolve("x.nianbao").toString(),
				page.toString());
		assertEquals(ExitCodes.USAGE, unknown.code());
		assertTrue(unknown.err().contains("找不到模板“没有这个模板”") && unknown.err().contains("政府信息公开年报2021"), unknown.err());
	}

	@Test
	void aNationalReportStaysNationalBesideAUserTemplate(@TempDir Path dir) throws Exception {
		Path seed = Files.copy(CliTestSupport.example("published/seed-004.txt"), dir.resolve("seed-004.txt"));
		Files.copy(CliTestSupport.example("window-stats.nianbao"), dir.resolve("templates.nianbao"));
		var r = CliTestSupport.run("import", "-o", dir.resolve("s.nianbao").toString(), seed.toString());
		assertTrue(r.out().contains("（政府信息公开年报2021）"), r.out() + r.err());
	}
}
