package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.nianbao.ide.server.LanguageServerTest.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests an editor sends as soon as it has opened a folder and a document, while the server's
 * deferred build of the folder runs: each is answered (VS Code does not ask again after
 * RequestCancelled), with the open document's content. A read an edit makes stale is
 * ContentModified, never RequestCancelled.
 */
class ReadsDuringTheBuildTest extends LspTestCase {

	@TempDir
	Path workspace;

	/** The folder's large reports, which the server builds after initialize, chunk by chunk. */
	final List<String> onDisk = new ArrayList<>();


	/** Initialize with the folder, initialized, didOpen: nothing waited for, as an editor sends them. */
	void openRightAway(String uri, String text) throws Exception {
		InitializeParams params = LspTestClient.params();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		client.initialize(params);
		client.server.getTextDocumentService()
				.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
	}

	/** The answer; a failure names the error the server answered. */
	static <T> T answered(String what, CompletableFuture<T> request) throws Exception {
		try {
			return request.get(120, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException r) {
				return fail(what + " was answered " + r.getResponseError().getCode() + " " + r.getResponseError().getMessage());
			}
			throw e;
		}
	}

	@Test
	void readsSentRightAfterOpeningAreAnsweredWithTheOpenDocumentsContent() throws Exception {
		onDisk.addAll(OpenDocumentDiagnosticsTest.largeReportsIn(workspace));
		String text = Files.readString(LanguageServerTest.root().resolve("examples/window-stats.nianbao"),
				StandardCharsets.UTF_8);
		String uri = workspace.resolve("window.nianbao").toUri().toString();
		openRightAway(uri, text);
		var service = client.server.getTextDocumentService();
		TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
		Range all = new Range(new Position(0, 0), new Document(1, text).getPosition(text.length()));
		// sent at once, as VS Code sends them for a newly shown editor
		Position received = at(text, "受理      120", 0, "受理      ".length());
		var hover = service.hover(new HoverParams(doc, received));
		var hints = service.inlayHint(new InlayHintParams(doc, all));
		var tokens = service.semanticTokensFull(new SemanticTokensParams(doc));
		var lenses = service.codeLens(new CodeLensParams(doc));
		var symbols = service.documentSymbol(new DocumentSymbolParams(doc));
		var completion = service.completion(new CompletionParams(doc, at(text, "{办件.受理.合计}", 0, 1)));

		String value = answered("hover", hover).getContents().getRight().getValue();
		// the folder was still being built when the first answer came: the reads ran during the build
		long built = client.publishedUris().stream().distinct().filter(onDisk::contains).count();
		assertTrue(built < onDisk.size(), "the reads were answered only after the whole folder was built");
		assertTrue(value.contains("一、本月受理") && value.contains("即办件"), value);

		List<String> labels = answered("inlayHint", hints).stream().map(InlayHint::getLabel).map(l -> l.getLeft()).toList();
		// the window example's auto cells and narrative expressions: 受理 合计 and 小计 per column
		assertEquals(List.of("= 200", "= 120", "= 200", "= 115", "= 70", "= 185"), labels);
		SemanticTokens semantic = answered("semanticTokens", tokens);
		assertFalse(semantic.getData().isEmpty(), "semantic tokens");
		assertEquals(0, semantic.getData().size() % 5);
		List<? extends CodeLens> codeLenses = answered("codeLens", lenses);
		assertEquals(List.of("勾稽关系 ✓", "勾稽关系 ✓"), codeLenses.stream().map(l -> l.getCommand().getTitle()).toList());
		assertEquals(List.of("窗口办件统计", "中心2024年11月"),
				answered("documentSymbol", symbols).stream().map(s -> s.getRight().getName()).toList());
		var items = answered("completion", completion);
		// right after `{`: the report's tables
		List<String> proposed = (items.isLeft() ? items.getLeft() : items.getRight().getItems()).stream()
				.map(org.eclipse.lsp4j.CompletionItem::getLabel).toList();
		assertTrue(proposed.containsAll(List.of("办件", "满意度")), proposed.toString());
	}

	/**
	 * A file collected at initialize and deleted before its chunk was built is left out: its build
	 * failed, and so did every later one (the chunks went on failing, logging an error each, after
	 * the folder was gone).
	 */
	@Test
	void aFileDeletedBeforeItsChunkIsBuiltIsLeftOut() throws Exception {
		onDisk.addAll(OpenDocumentDiagnosticsTest.largeReportsIn(workspace));
		try (ServerLogs logs = new ServerLogs()) {
			InitializeParams params = LspTestClient.params();
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
			client.server.initialize(params).get(60, TimeUnit.SECONDS);
			// the files are collected; the build starts with initialized
			List<String> deleted = onDisk.subList(0, NianbaoLanguageServer.CHUNK + 1);
			for (String uri : deleted) {
				Files.delete(Path.of(java.net.URI.create(uri)));
			}
			client.server.initialized(new org.eclipse.lsp4j.InitializedParams());
			for (String uri : onDisk.subList(deleted.size(), onDisk.size())) {
				client.awaitDiagnostics(uri, d -> true, java.time.Duration.ofSeconds(120));
			}
			String opened = workspace.resolve("opened.nianbao").toUri().toString();
			assertTrue(WorkspaceFoldersTest.hasCode(client.open(opened, WorkspaceFoldersTest.FAULTY), "NB002"));
			assertEquals(List.of(), logs.errors());
			assertTrue(client.publishedUris().stream().noneMatch(deleted::contains), client.publishedUris().toString());
		}
	}

	/**
	 * A read still waiting behind an edit's build when the next edit arrives is cancelled by the
	 * server: ContentModified (LSP 3.17), not RequestCancelled, which means the client cancelled.
	 */
	@Test
	void aReadAnEditMakesStaleIsContentModified() throws Exception {
		// each rebuild takes a while
		String text = MalformedRequestsTest.oneMegabyte();
		String uri = workspace.resolve("big.nianbao").toUri().toString();
		client.initialize(LspTestClient.params());
		client.open(uri, text);
		int line = at(text, "      新收            24", 0, 0).getLine();
		List<Integer> codes = new ArrayList<>();
		for (int version = 2; version < 12; version += 2) {
			// an edit whose build takes a while, the read queued behind it, and the next edit
			client.send(uri, version, List.of(new TextDocumentContentChangeEvent(text + "// " + version + "\n")));
			var hover = client.server.getTextDocumentService()
					.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, 7)));
			client.send(uri, version + 1, List.of(new TextDocumentContentChangeEvent(text)));
			try {
				Hover h = hover.get(60, TimeUnit.SECONDS);
				codes.add(h == null ? 1 : 0);
			} catch (ExecutionException e) {
				ResponseErrorException r = (ResponseErrorException) e.getCause();
				codes.add(r.getResponseError().getCode());
			}
		}
		assertFalse(codes.contains(ResponseErrorCode.RequestCancelled.getValue()), codes.toString());
		assertTrue(codes.contains(ResponseErrorCode.ContentModified.getValue()), "no read was cancelled: " + codes);
		assertTrue(codes.stream().allMatch(c -> c == 0 || c == ResponseErrorCode.ContentModified.getValue()), codes.toString());
	}
}
