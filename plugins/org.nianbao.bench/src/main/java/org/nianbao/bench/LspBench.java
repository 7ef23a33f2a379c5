package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.nianbao.cli.Workspace;
import org.nianbao.library.Library;

/**
 * Language-server figures through the real {@code nianbao lsp} process over stdio: diagnostics
 * latency after an edit on a ~300-line report (time from didChange to the publishDiagnostics for
 * that document, p50/p95 over the edits), the same with the inlay hints of the edited text (asked
 * for right after the didChange, as an editor does), and the server's resident memory with 50 documents open.
 * Run with {@code tools/bench.sh --lsp}.
 */
public final class LspBench {

	private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

	public static List<String[]> run(Path root, Path out, int edits) throws Exception {
		return new LspBench().measure(root, out, edits);
	}

	private List<String[]> measure(Path root, Path out, int edits) throws Exception {
		ReportGenerator generator = new ReportGenerator(Workspace.injector(), Library.GOV_2021);
		Path dir = out.resolve("lsp");
		Files.createDirectories(dir);
		Process server = new ProcessBuilder(root.resolve("nianbao").toString(), "lsp")
				.redirectError(out.resolve("lsp-stderr.txt").toFile()).start();
		List<String[]> rows = new ArrayList<>();
		try {
			LanguageClient client = new LanguageClient() {
				@Override
				public void telemetryEvent(Object object) {
				}

				@Override
				public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
					published.add(diagnostics);
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
			};
			var launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
			launcher.startListening();
			LanguageServer ls = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setCapabilities(new ClientCapabilities());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "bench")));
			ls.initialize(init).get(120, TimeUnit.SECONDS);
			ls.initialized(new InitializedParams());

			// one ~300-line report, edited: a cell toggles between right and wrong
			String base = generator.generate(42, 0, false).text();
			StringBuilder narrative = new StringBuilder();
			int lines = base.split("\n").length;
			for (int i = lines; i < 300; i++) {
				narrative.append("第").append(i).append("行：依申请公开工作总体平稳，申请内容主要集中在土地征收、规划许可等方面。\n");
			}
			String text = base.replaceFirst("text \"\"\"", "text \"\"\"" + narrative);
			String uri = dir.resolve("edited.nianbao").toUri().toString();
			ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nianbao", 1, text)));
			await(uri, 120);
			String row = "      新收";
			int at = text.indexOf(row);
			List<Double> latencies = new ArrayList<>();
			List<Double> withHints = new ArrayList<>();
			int hintCount = 0;
			for (int v = 2; v < edits + 2; v++) {
				String edited = text.substring(0, at) + row + (v % 2 == 0 ? " 9" : "") + text.substring(at + row.length());
				long start = System.nanoTime();
				ls.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(edited))));
				// as an editor does: the hints of the edited text are asked for at once (a read, queued after the build)
				InlayHintParams asked = new InlayHintParams(new TextDocumentIdentifier(uri),
						new Range(new Position(0, 0), new Position(edited.split("\n", -1).length, 0)));
				var hints = ls.getTextDocumentService().inlayHint(asked);
				await(uri, 60);
				long diagnosed = System.nanoTime();
				// answered, never cancelled: the server cancels no read an edit before it made stale
				hintCount = hints.get(60, TimeUnit.SECONDS).size();
				latencies.add((diagnosed - start) / 1e6);
				withHints.add((Math.max(diagnosed, System.nanoTime()) - start) / 1e6);
			}
			Collections.sort(latencies);
			Collections.sort(withHints);
			rows.add(new String[] { "LSP diagnostics after an edit, " + lines + "+ lines → 300 lines, " + edits + " edits",
					String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms", pct(latencies, 50), pct(latencies, 95)),
					"p95 ≤ 30 ms" });
			rows.add(new String[] { "LSP diagnostics and inlay hints (" + hintCount + ") after an edit, same report",
					String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms", pct(withHints, 50), pct(withHints, 95)),
					"p95 ≤ 30 ms" });

			// a burst: 1,000 edits to the same document as fast as the client sends them
			int burst = 1000;
			String current = text;
			long sendStart = System.nanoTime();
			for (int v = edits + 2; v < edits + 2 + burst; v++) {
				int i = v - edits - 2;
				// alternately a wrong and a right number in one cell, and a typed character in the narrative
				current = i % 2 == 0 ? current.replaceFirst(row + "( 9)?", row + " " + (i % 7)) : current.replaceFirst("依申请公开", "依申请公开" + (char) ('甲' + i % 10));
				published.clear();
				ls.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
						new VersionedTextDocumentIdentifier(uri, v), List.of(new TextDocumentContentChangeEvent(current))));
			}
			long sent = System.nanoTime();
			PublishDiagnosticsParams last = quiet(uri, 1500, 120);
			long settled = System.nanoTime();
			boolean equal = last != null && signature(last.getDiagnostics()).equals(freshSignature(current));
			rows.add(new String[] { "LSP: " + burst + " full-text edits to one document, sent back to back",
					String.format(Locale.ROOT, "sent in %.0f ms; final diagnostics %.0f ms after the last edit; equal to a fresh validation: %s",
							(sent - sendStart) / 1e6, (settled - sent) / 1e6 - 1500, equal ? "yes" : "NO"),
					"1,000 edits within 10 s, no crash, final = fresh" });

			// 50 open documents
			for (int i = 0; i < 49; i++) {
				String u = dir.resolve("doc" + i + ".nianbao").toUri().toString();
				ls.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
						new TextDocumentItem(u, "nianbao", 1, generator.generate(100 + i, i % 3, false).text())));
				await(u, 60);
			}
			Thread.sleep(2000);
			rows.add(new String[] { "language server RSS with 50 open documents", rssOfTree(server.pid()) + " MB",
					"≤ 200 MB" });
			ls.shutdown().get(30, TimeUnit.SECONDS);
			ls.exit();
		} finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
		return rows;
	}

	/** The last diagnostics published for the document once none has come for {@code quietMillis}. */
	private PublishDiagnosticsParams quiet(String uri, long quietMillis, int seconds) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		PublishDiagnosticsParams last = null;
		while (System.nanoTime() < end) {
			PublishDiagnosticsParams p = published.poll(last == null ? seconds * 1000L : quietMillis, TimeUnit.MILLISECONDS);
			if (p == null) {
				return last;
			}
			if (p.getUri().equals(uri)) {
				last = p;
			}
		}
		return last;
	}

	/** Code, start line and column of each diagnostic, sorted: what must agree with a fresh validation. */
	private static List<String> signature(List<org.eclipse.lsp4j.Diagnostic> diagnostics) {
		List<String> result = new ArrayList<>();
		for (org.eclipse.lsp4j.Diagnostic d : diagnostics) {
			String code = d.getCode() == null ? "" : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
			result.add(code + "@" + (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1));
		}
		Collections.sort(result);
		return result;
	}

	private static List<String> freshSignature(String text) throws Exception {
		Path file = Files.createTempFile("nianbao-fresh", ".nianbao");
		try {
			Files.writeString(file, text);
			List<String> result = new ArrayList<>();
			for (org.nianbao.validation.Finding f : org.nianbao.cli.ValidateCommand.validate(List.of(file))) {
				result.add(f.code() + "@" + f.line() + ":" + f.column());
			}
			Collections.sort(result);
			return result;
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private void await(String uri, int seconds) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			PublishDiagnosticsParams p = published.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (p != null && p.getUri().equals(uri)) {
				return;
			}
		}
		throw new IllegalStateException("no diagnostics for " + uri + " within " + seconds + " s");
	}

	private static double pct(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	/** Resident memory of the process and its children (the launcher script execs java: one process). */
	private static long rssOfTree(long pid) throws Exception {
		long kb = 0;
		for (ProcessHandle h : List.of(ProcessHandle.of(pid).orElseThrow())) {
			kb += rss(h.pid());
			for (ProcessHandle c : h.descendants().toList()) {
				kb += rss(c.pid());
			}
		}
		return kb / 1024;
	}

	private static long rss(long pid) throws Exception {
		for (String line : Files.readAllLines(Paths.get("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return 0;
	}
}
