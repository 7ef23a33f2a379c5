package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LspCommandTest {

	@TempDir
	Path workspace;

	@Test
	void stdioIsAcceptedAsClientsPassItAndExcludesAPort() {
		LspCommand command = new LspCommand();
		new picocli.CommandLine(command).parseArgs("--stdio");
		assertTrue(command.stdio);
		assertEquals(null, command.port);
		StringWriter err = new StringWriter();
		int code = NianbaoCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "lsp", "--stdio", "--port", "0");
		assertEquals(ExitCodes.USAGE, code, err.toString());
		assertTrue(err.toString().contains("--stdio 与 --port 不能同时使用"), err.toString());
	}

	@Test
	void lspOnAPortServesAClientThatReceivesDiagnostics() throws Exception {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Writer err = new Writer() {
			private final StringBuilder line = new StringBuilder();

			@Override
			public void write(char[] buf, int off, int len) {
				for (int i = off; i < off + len; i++) {
					if (buf[i] == '\n') {
						lines.add(line.toString());
						line.setLength(0);
					} else {
						line.append(buf[i]);
					}
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Thread server = new Thread(() -> NianbaoCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
				"lsp", "--port", "0"), "lsp-test-server");
		server.setDaemon(true);
		server.start();
		String listening = lines.poll(60, TimeUnit.SECONDS);
		Matcher m = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(String.valueOf(listening));
		assertTrue(m.find(), "announces its port: " + listening);

		BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
		try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(m.group(1)))) {
			Launcher<LanguageServer> launcher = Launcher.createLauncher(new Client(published), LanguageServer.class,
					socket.getInputStream(), socket.getOutputStream());
			launcher.startListening();
			LanguageServer ls = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setRootUri(workspace.toUri().toString());
			assertTrue(ls.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities().getHoverProvider().getLeft());
			ls.initialized(new InitializedParams());
			String uri = workspace.resolve("x.nianbao").toUri().toString();
			ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1,
					"report 甲 : 政府信息公开年报2021 {\n  section 无此栏目 {\n  }\n}\n")));
			PublishDiagnosticsParams p;
			do {
				p = published.poll(60, TimeUnit.SECONDS);
			} while (p != null && (!p.getUri().equals(uri) || p.getDiagnostics().isEmpty()));
			assertTrue(p != null, "diagnostics arrive");
			List<String> codes = p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
			assertTrue(codes.contains("NB002"), codes.toString());
			ls.shutdown().get(30, TimeUnit.SECONDS);
			ls.exit();
		}
	}

	@Test
	void anImpossiblePortIsAUsageError() {
		CliTestSupport.Result r = CliTestSupport.run("lsp", "--port", "70000");
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("--port 70000"), r.err());
	}

	private record Client(BlockingQueue<PublishDiagnosticsParams> published) implements LanguageClient {
		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			published.add(diagnostics);
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
	}
}
