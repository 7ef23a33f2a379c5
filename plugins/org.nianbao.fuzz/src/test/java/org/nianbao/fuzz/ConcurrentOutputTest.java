package org.nianbao.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `nianbao generate` processes writing the same reports into one output directory at once:
 * every file left is complete (the HTML ends with its closing tag, the DOCX opens), and no
 * temporary file is left behind — the generators write through a temporary file and a rename.
 */
class ConcurrentOutputTest {

	/** Rounds of two concurrent runs (each starts two JVMs: ~20 s a round here); -Dnianbao.fuzz.rounds=N for more. */
	private static final int ROUNDS = Integer.getInteger("nianbao.fuzz.rounds", 1);

	@Test
	void twoCliRunsIntoOneDirectoryLeaveCompleteFiles(@TempDir Path out) throws Exception {
		List<String> inputs = new ArrayList<>();
		for (Path p : Fuzz.files("examples", ".nianbao")) {
			if (!Fuzz.read(p).contains("template ")) {
				inputs.add(p.toString());
			}
		}
		for (int round = 0; round < ROUNDS; round++) {
			Process a = cli(out, inputs);
			Process b = cli(out, inputs);
			assertTrue(a.waitFor(180, TimeUnit.SECONDS) && b.waitFor(180, TimeUnit.SECONDS), "a run did not finish");
			assertTrue(a.exitValue() <= 1, "exit " + a.exitValue());
			assertTrue(b.exitValue() <= 1, "exit " + b.exitValue());
			List<Path> files;
			try (Stream<Path> s = Files.list(out)) {
				files = s.sorted().toList();
			}
			assertEquals(2 * inputs.size(), files.size(), files::toString);
			for (Path f : files) {
				String name = f.getFileName().toString();
				assertTrue(!name.startsWith(".") && !name.endsWith(".tmp"), "temporary file left: " + f);
				if (name.endsWith(".html")) {
					assertTrue(Files.readString(f).strip().endsWith("</html>"), "incomplete " + f);
				} else {
					try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(f)))) {
						assertTrue(!doc.getParagraphs().isEmpty(), "empty " + f);
					}
				}
			}
		}
	}

	private static Process cli(Path out, List<String> inputs) throws Exception {
		List<String> cmd = new ArrayList<>();
		cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		cmd.add("-cp");
		cmd.add(System.getProperty("java.class.path"));
		cmd.add("-Dfile.encoding=UTF-8");
		cmd.add("org.nianbao.cli.NianbaoCli");
		cmd.add("generate");
		cmd.add("--force");
		cmd.add("--html");
		cmd.add("--docx");
		cmd.add("--out-dir");
		cmd.add(out.toString());
		cmd.addAll(inputs);
		return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.directory(new File(".")).start();
	}
}
