package org.nianbao.ide.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The client side of LSP4J connected to an in-process Nianbao server through pipes: the same JSON
 * messages as over stdio, without a process. Collects the diagnostics the server publishes.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	private final Object lock = new Object();
	final LanguageServer server;
	private final PipedOutputStream toServer;
	private final Future<Void> serverListening;
	volatile boolean exited;

	LspTestClient() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		serverListening = NianbaoServerLauncher.start(serverIn, serverOut, () -> exited = true);
		Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>().setLocalService(this)
				.setRemoteInterface(LanguageServer.class).setInput(clientIn).setOutput(toServer).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** Initializes with the workspace folder and waits for the first build's diagnostics of the given files. */
	void initialize(Path workspace, String... builtUris) throws Exception {
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		params.setRootUri(workspace.toUri().toString());
		ClientCapabilities caps = new ClientCapabilities();
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		// as VS Code: code actions as literals (with edits), not as commands
		org.eclipse.lsp4j.CodeActionCapabilities actions = new org.eclipse.lsp4j.CodeActionCapabilities();
		actions.setCodeActionLiteralSupport(new org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities(
				new org.eclipse.lsp4j.CodeActionKindCapabilities(List.of("quickfix", "source"))));
		text.setCodeAction(actions);
		caps.setTextDocument(text);
		params.setCapabilities(caps);
		server.initialize(params).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		for (String uri : builtUris) {
			awaitDiagnostics(uri, d -> true, Duration.ofSeconds(60));
		}
	}

	/**
	 * Opens a document and waits until the server has built it (its diagnostics arrive): requests
	 * sent earlier could still see the file as it is on disk.
	 */
	List<Diagnostic> open(String uri, String text) throws InterruptedException {
		synchronized (lock) {
			diagnostics.remove(uri);
		}
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
		return awaitDiagnostics(uri, d -> true, Duration.ofSeconds(60));
	}

	/** Replaces the whole text of an open document and waits for the rebuild. */
	List<Diagnostic> change(String uri, int version, String text) throws InterruptedException {
		synchronized (lock) {
			diagnostics.remove(uri);
		}
		server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
				new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, version),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(text))));
		return awaitDiagnostics(uri, d -> true, Duration.ofSeconds(60));
	}

	/** Waits until the diagnostics published for the uri satisfy the condition; returns them. */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, Duration timeout)
			throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		synchronized (lock) {
			while (true) {
				List<Diagnostic> current = diagnostics.get(uri);
				if (current != null && condition.test(current)) {
					return current;
				}
				long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
				if (left <= 0) {
					throw new AssertionError("no matching diagnostics for " + uri + " within " + timeout + "; last: " + current);
				}
				lock.wait(left);
			}
		}
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (lock) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
			lock.notifyAll();
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	@Override
	public void close() throws Exception {
		try {
			server.shutdown().get(10, TimeUnit.SECONDS);
			server.exit();
		} finally {
			toServer.close();
			serverListening.cancel(true);
		}
	}
}
