package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics of open documents as editors name and time them. */
class OpenDocumentDiagnosticsTest extends LspTestCase {

	@TempDir
	Path workspace;



	/**
	 * A folder of large reports is built after initialize, chunk by chunk: the document opened
	 * right after initialization has its diagnostics before most of the folder is built.
	 */
	/** Writes five chunks of 200 kB reports into the folder (it takes seconds to build); their uris. */
	static List<String> largeReportsIn(Path folder) throws Exception {
		String example = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"),
				StandardCharsets.UTF_8);
		StringBuilder large = new StringBuilder(example);
		while (large.length() < 200_000) {
			large.append("// 填充：一份很长的报告，让整个文件夹的索引要花时间。\n");
		}
		List<String> onDisk = new ArrayList<>();
		for (int i = 0; i < 5 * NianbaoLanguageServer.CHUNK; i++) {
			Path file = folder.resolve("report-" + i + ".nianbao");
			Files.writeString(file, large.toString().replace("report 港口镇2024", "report 港口镇2024第" + i + "份"), StandardCharsets.UTF_8);
			onDisk.add(file.toUri().toString());
		}
		return onDisk;
	}

	@Test
	void theOpenDocumentsDiagnosticsComeBeforeTheFolderIsIndexed() throws Exception {
		List<String> onDisk = largeReportsIn(workspace);
		int files = onDisk.size();
		String opened = workspace.resolve("opened.nianbao").toUri().toString();
		client.initialize(workspace);
		List<Diagnostic> diagnostics = client.open(opened, WorkspaceFoldersTest.FAULTY);
		assertTrue(WorkspaceFoldersTest.hasCode(diagnostics, "NB002"), diagnostics.toString());
		for (String uri : onDisk) {
			client.awaitDiagnostics(uri, d -> true, Duration.ofSeconds(120));
		}
		List<String> order = client.publishedUris();
		int before = (int) order.subList(0, order.indexOf(opened)).stream().filter(onDisk::contains).count();
		// at most the chunk being built when it was opened and the one submitted meanwhile
		assertTrue(before <= 2 * NianbaoLanguageServer.CHUNK, before + " of " + files + " files were built first: " + order);
	}

	/** VS Code names a new, unsaved editor `untitled:Untitled-1`: no path, no extension; the language id says what it is. */
	@Test
	void anUntitledDocumentGetsDiagnostics() throws Exception {
		client.initialize(workspace, new String[0]);
		// opaque as VS Code's, and with a path as other editors name them; published under the client's name
		for (String uri : List.of("untitled:Untitled-1", "untitled:/tmp/草稿")) {
			List<Diagnostic> diagnostics = client.open(uri, WorkspaceFoldersTest.FAULTY);
			assertTrue(WorkspaceFoldersTest.hasCode(diagnostics, "NB002"), uri + ": " + diagnostics);
		}
	}

	/** A file whose every line is a syntax error gets a diagnostic on each line, not one for the file. */
	@Test
	void eachLineOfAFileOfNothingButErrorsHasItsSyntaxError() throws Exception {
		client.initialize(workspace);
		String text = "@@ 甲\n## 乙\n!! 丙\n%% 丁\n";
		String uri = workspace.resolve("garbage.nianbao").toUri().toString();
		List<Diagnostic> diagnostics = client.open(uri, text);
		java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
		for (Diagnostic d : diagnostics) {
			org.junit.jupiter.api.Assertions.assertEquals("NB001", d.getCode().getLeft(), d.toString());
			lines.add(d.getRange().getStart().getLine());
		}
		org.junit.jupiter.api.Assertions.assertEquals(List.of(0, 1, 2, 3), List.copyOf(lines), diagnostics.toString());
		org.junit.jupiter.api.Assertions.assertEquals(4, diagnostics.size(), diagnostics.toString());
		// each on the line's first token, saying what it is
		Diagnostic third = diagnostics.stream().filter(d -> d.getRange().getStart().getLine() == 2).findFirst().orElseThrow();
		org.junit.jupiter.api.Assertions.assertEquals(0, third.getRange().getStart().getCharacter());
		assertTrue(third.getMessage().getLeft().contains("!"), third.getMessage().getLeft());
	}
}
