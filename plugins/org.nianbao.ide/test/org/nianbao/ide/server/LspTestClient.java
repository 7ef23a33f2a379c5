package org.nianbao.ide.server;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Guice;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * The client side of LSP4J connected to an in-process Nianbao server through pipes: the same JSON
 * messages as over stdio, without a process. Collects the diagnostics the server publishes.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	/** Every publishDiagnostics in order of arrival, with the time it arrived (guarded by lock). */
	private final List<Published> published = new ArrayList<>();
	/** Every logMessage and showMessage the server sent. */
	final List<MessageParams> messages = new CopyOnWriteArrayList<>();
	private final Object lock = new Object();
	/** The server as the client sees it: every call goes through JSON-RPC. */
	final LanguageServer server;
	/** The same connection untyped: requests with any method and any params, as a buggy client sends them. */
	final org.eclipse.lsp4j.jsonrpc.Endpoint remote;
	/** The same server's object, to read its state directly (only where the protocol cannot tell). */
	final InspectableServer inside;
	private final PipedOutputStream toServer;
	private final Future<Void> serverListening;
	volatile boolean exited;

	record Published(String uri, List<Diagnostic> diagnostics, long nanoTime) {
	}

	/** Nianbao's server with a look at an open document as the server holds it. */
	@Singleton
	static class InspectableServer extends NianbaoLanguageServer {
		/** The server's text of the document and the text of the resource it last parsed from it. */
		List<String> documentAndResourceText(String uri) throws Exception {
			// a read request runs after every edit received before it: no race with the builds
			return getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(
					getURI(new TextDocumentIdentifier(uri)),
					(Document document, XtextResource resource) -> List.of(
							document.getContents(), resource.getParseResult().getRootNode().getText())))
					.get(60, TimeUnit.SECONDS);
		}
	}

	/**
	 * Messages to the server are written by the calling thread, the test's: it must outlive the
	 * exchange, since a piped stream whose last writer thread has ended fails its reader ("pipe
	 * broken"), which would end the server.
	 */
	LspTestClient() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		toServer = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		var injector = Guice.createInjector(Modules.override(NianbaoServerModule.create(() -> exited = true))
				.with(binder -> binder.bind(LanguageServer.class).to(InspectableServer.class)));
		inside = injector.getInstance(InspectableServer.class);
		serverListening = NianbaoServerLauncher.start(injector, serverIn, serverOut);
		Launcher<LanguageServer> launcher = new Launcher.Builder<LanguageServer>().setLocalService(this)
				.setRemoteInterface(LanguageServer.class).setInput(clientIn).setOutput(toServer).create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
		remote = launcher.getRemoteEndpoint();
	}

	/** Initializes with the workspace folder and waits for the first build's diagnostics of the given files. */
	void initialize(Path workspace, String... builtUris) throws Exception {
		InitializeParams params = params();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		params.setRootUri(workspace.toUri().toString());
		initialize(params);
		for (String uri : builtUris) {
			awaitDiagnostics(uri, d -> true, Duration.ofSeconds(60));
		}
	}

	/** Sends initialize and initialized; returns the server's answer. */
	InitializeResult initialize(InitializeParams params) throws Exception {
		InitializeResult result = server.initialize(params).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		return result;
	}

	/** Initialize parameters without a workspace, with the capabilities of an editor such as VS Code. */
	static InitializeParams params() {
		InitializeParams params = new InitializeParams();
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
		return params;
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

	/** Sends one didChange with the given content changes and returns at once. */
	void send(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
		server.getTextDocumentService().didChange(
				new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
	}

	/**
	 * Waits until the server has gone quiet on the uri: a publish arrived after {@code since}
	 * (System.nanoTime) and none followed for {@code quiet}. Returns that last publish.
	 */
	Published awaitQuiet(String uri, long since, Duration quiet, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		synchronized (lock) {
			while (true) {
				Published last = null;
				for (int i = published.size() - 1; i >= 0 && last == null; i--) {
					if (published.get(i).uri().equals(uri)) {
						last = published.get(i);
					}
				}
				long now = System.nanoTime();
				if (last != null && last.nanoTime() > since && now - last.nanoTime() >= quiet.toNanos()) {
					return last;
				}
				if (now >= end) {
					throw new AssertionError("the server did not go quiet on " + uri + " within " + timeout + "; last: "
							+ last);
				}
				long wait = last != null && last.nanoTime() > since ? last.nanoTime() + quiet.toNanos() - now : end - now;
				TimeUnit.NANOSECONDS.timedWait(lock, Math.max(1, Math.min(wait, end - now)));
			}
		}
	}

	/** The uris of every publish so far, oldest first. */
	List<String> publishedUris() {
		synchronized (lock) {
			return published.stream().map(Published::uri).toList();
		}
	}

	/** The publishes for the uri so far, oldest first. */
	List<Published> published(String uri) {
		synchronized (lock) {
			return published.stream().filter(p -> p.uri().equals(uri)).toList();
		}
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
			published.add(new Published(params.getUri(), params.getDiagnostics(), System.nanoTime()));
			lock.notifyAll();
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams messageParams) {
		messages.add(messageParams);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		messages.add(message);
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
