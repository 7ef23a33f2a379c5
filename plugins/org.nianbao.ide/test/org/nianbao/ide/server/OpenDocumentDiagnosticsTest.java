package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics of open documents as editors name and time them. */
class OpenDocumentDiagnosticsTest {

	@TempDir
	Path workspace;

	LspTestClient client;

	@BeforeEach
	void start() throws Exception {
		client = new LspTestClient();
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
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
}
