package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the workspace is given in initialize: rootUri, workspaceFolders, several folders, or nothing. */
class WorkspaceFoldersTest extends LspTestCase {

	static final Duration WAIT = Duration.ofSeconds(60);

	/** A report naming a row its template lacks: NB002 wherever it is built. */
	static final String FAULTY = "report 甲 : 政府信息公开年报2021 {\n  section 不存在的栏目 {\n  }\n}\n";

	@TempDir
	Path tmp;



	static boolean hasCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
	}

	Path folder(String name) throws Exception {
		Path dir = Files.createDirectories(tmp.resolve(name));
		Files.writeString(dir.resolve("on-disk.nianbao"), FAULTY, StandardCharsets.UTF_8);
		return dir;
	}

	static String uri(Path file) {
		return file.toUri().toString();
	}

	@Test
	void onlyWorkspaceFoldersWithoutRootUriInitializesAndPublishesDiagnostics() throws Exception {
		Path ws = folder("ws");
		InitializeParams params = LspTestClient.params();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(ws), "ws")));
		InitializeResult result = client.initialize(params);
		assertTrue(result.getCapabilities().getHoverProvider().getLeft());
		// the folder was built: the file on disk has its diagnostics without being opened
		assertTrue(hasCode(client.awaitDiagnostics(uri(ws.resolve("on-disk.nianbao")), d -> true, WAIT), "NB002"));

		String opened = uri(ws.resolve("opened.nianbao"));
		assertTrue(hasCode(client.open(opened, FAULTY), "NB002"));
	}

	/**
	 * With and without the client declaring workspace-folder support (VS Code does, others don't),
	 * with and without a rootUri besides the folders.
	 */
	@ParameterizedTest(name = "declares workspaceFolders: {0}, sends rootUri: {1}")
	@CsvSource({ "false, false", "true, false", "false, true" })
	void everyWorkspaceFolderIsBuilt(boolean clientDeclaresWorkspaceFolders, boolean withRootUri) throws Exception {
		Path a = folder("a"), b = folder("b");
		InitializeParams params = LspTestClient.params();
		if (clientDeclaresWorkspaceFolders) {
			WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
			workspace.setWorkspaceFolders(true);
			params.getCapabilities().setWorkspace(workspace);
		}
		if (withRootUri) {
			params.setRootUri(uri(a));
		}
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(a), "a"), new WorkspaceFolder(uri(b), "b")));
		client.initialize(params);
		// files on disk are built only in a folder of the workspace
		assertTrue(hasCode(client.awaitDiagnostics(uri(a.resolve("on-disk.nianbao")), d -> true, WAIT), "NB002"));
		assertTrue(hasCode(client.awaitDiagnostics(uri(b.resolve("on-disk.nianbao")), d -> true, WAIT), "NB002"));

		assertTrue(hasCode(client.open(uri(b.resolve("opened.nianbao")), FAULTY), "NB002"));
		assertTrue(hasCode(client.open(uri(a.resolve("opened.nianbao")), FAULTY), "NB002"));
	}

	@Test
	void neitherRootNorFoldersStillInitializes() throws Exception {
		InitializeResult result = client.initialize(LspTestClient.params());
		assertTrue(result.getCapabilities().getHoverProvider().getLeft());
		assertEquals(List.of(), client.messages);

		String opened = uri(tmp.resolve("loose.nianbao"));
		assertTrue(hasCode(client.open(opened, FAULTY), "NB002"));
	}
}
