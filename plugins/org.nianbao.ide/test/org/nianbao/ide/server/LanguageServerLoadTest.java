package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ide.NianbaoIdeSetup;

import com.google.inject.Injector;

/**
 * The issue "1,000 edits within 10 s on one document: no crash, and the final diagnostics equal
 * those of a fresh validation". An editor's edits are replayed against the in-process server:
 * retyped cells, typos typed and taken back, narrative typing, cut and paste of rows, edits of
 * several ranges at once and whole-text replacements, with the requests an editor sends meanwhile.
 * The client keeps its own copy of the text, applied by its own code (not Xtext's), so a server
 * that applies an edit differently diverges. The edits are drawn from a seeded random sequence:
 * -Dnianbao.loadSeed=N replays another one, -Dnianbao.loadPaceMicros and -Dnianbao.loadPauseMillis
 * change the pace.
 */
class LanguageServerLoadTest {

	static final int EDITS = 1_000;
	/** One edit every 5 ms, faster than the server builds: it cancels build after build. */
	static final long PACE_NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("nianbao.loadPaceMicros", 5_000));
	/** After every 100 edits the user pauses for 250 ms, long enough for a build: about 7.3 s in all. */
	static final int PAUSE_EVERY = 100;
	static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("nianbao.loadPauseMillis", 250));
	/** The last edits are ranges only: a whole-text replacement would hide a range applied wrongly before it. */
	static final int RANGES_ONLY_AT_END = 300;
	static final long SEED = Long.getLong("nianbao.loadSeed", 20250116L);

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	Path file;
	ServerLogs logged;

	@BeforeEach
	void start() throws Exception {
		logged = new ServerLogs();
		file = workspace.resolve("gangkou-2024.nianbao");
		Files.writeString(file, Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao")),
				StandardCharsets.UTF_8);
		uri = file.toUri().toString();
		client = new LspTestClient();
	}

	@AfterEach
	void stop() throws Exception {
		try {
			client.close();
		} finally {
			logged.close();
		}
	}

	@Test
	void aThousandEditsInUnderTenSecondsLeaveTheServerAliveWithTheDiagnosticsOfAFreshValidation() throws Exception {
		InitializeParams params = LspTestClient.params();
		params.setRootUri(workspace.toUri().toString());
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		InitializeResult init = client.initialize(params);
		// range edits are only sent to a server that asks for them
		assertEquals(TextDocumentSyncKind.Incremental, init.getCapabilities().getTextDocumentSync().getLeft());
		client.awaitDiagnostics(uri, d -> true, Duration.ofSeconds(60));

		Editor editor = new Editor(Files.readString(file), new Random(SEED));
		client.open(uri, editor.text.toString());

		int version = 1;
		List<Request> requests = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < EDITS; i++) {
			List<TextDocumentContentChangeEvent> changes = editor.next(EDITS - i);
			long due = started + i * PACE_NANOS + (i / PAUSE_EVERY) * PAUSE_NANOS;
			while (System.nanoTime() < due) {
				LockSupport.parkNanos(due - System.nanoTime());
			}
			client.send(uri, ++version, changes);
			// the next edit cancels what the server is doing: only requests before a pause get answers
			if (i % 10 == 5 || i % PAUSE_EVERY == PAUSE_EVERY - 1) {
				requests.addAll(requestsAfterAnEdit(editor));
			}
		}
		long lastSent = System.nanoTime();
		Duration sending = Duration.ofNanos(lastSent - started);
		// about the client: the server must have received 1,000 edits inside 10 s
		assertTrue(sending.compareTo(Duration.ofSeconds(10)) < 0, "sending took " + sending);

		// Xtext cancels a build when the next edit arrives: wait for the last publish after the last edit
		LspTestClient.Published last = client.awaitQuiet(uri, lastSent, Duration.ofSeconds(2), Duration.ofSeconds(60));
		Duration settling = Duration.ofNanos(last.nanoTime() - lastSent);
		long publishes = client.published(uri).stream().filter(p -> p.nanoTime() > started).count();
		System.out.printf("load test (seed %d): %d edits (%d full replacements) sent in %d ms; final diagnostics %d ms "
				+ "after the last edit; %d publishes during and after the edits%n", SEED, EDITS, editor.fullReplacements,
				sending.toMillis(), settling.toMillis(), publishes);

		// requests sent between edits: answered, or made stale by the next edit (ContentModified); never
		// RequestCancelled (the client cancelled none) and never an internal error
		List<String> failed = new ArrayList<>();
		int answered = 0;
		for (Request request : requests) {
			try {
				request.answer().get(30, TimeUnit.SECONDS);
				answered++;
			} catch (ExecutionException e) {
				if (!(e.getCause() instanceof ResponseErrorException error)
						|| error.getResponseError().getCode() != ResponseErrorCode.ContentModified.getValue()) {
					failed.add(request.what() + ": " + e.getCause());
				}
			}
		}
		System.out.printf("load test: %d of %d requests sent between edits answered, the others ContentModified%n", answered,
				requests.size());
		assertEquals(List.of(), logged.errors(), "the server logged errors");
		assertEquals(List.of(), failed);

		String finalText = editor.text.toString();
		// (c) the server holds the client's text, and validated exactly that text
		assertEquals(List.of(finalText, finalText), client.inside.documentAndResourceText(uri),
				"server text differs from the client's (seed " + SEED + ")");

		// (b) the last diagnostics are those of a fresh validation of the final text
		List<Diagnostic> fresh = freshDiagnostics(finalText);
		assertEquals(render(fresh), render(last.diagnostics()), "seed " + SEED);
		List<String> codes = last.diagnostics().stream().map(d -> d.getCode().getLeft()).toList();
		assertTrue(codes.contains("NB002"), "the renamed row key: " + codes);
		assertTrue(codes.stream().anyMatch(c -> c.startsWith("NB1")), "the wrong total: " + codes);
		assertTrue(codes.contains("NB001"), "the stray bracket: " + codes);

		// (a) alive: answers requests about the final text
		List<DocumentSymbol> symbols = client.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS)
				.stream().map(e -> e.getRight()).toList();
		assertEquals("港口镇2024", symbols.get(0).getName());
		assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"),
				symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList());
		Editor.Row 新收 = editor.row("新收");
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), editor.position(新收.cellStart(6))))
				.get(30, TimeUnit.SECONDS);
		String value = hover.getContents().getRight().getValue();
		List<String> parts = 新收.cells().subList(0, 6).stream().map(String::valueOf).toList();
		assertTrue(value.contains(String.join(" + ", parts) + " = " + 新收.sumOfFirst(6)), value);

		assertFalse(client.exited);
		assertEquals(List.of(), logged.errors(), "the server logged errors");
		assertEquals(List.of(), client.messages.stream().filter(m -> m.getType() == MessageType.Error).toList());
	}

	record Request(String what, CompletableFuture<?> answer) {
	}

	/**
	 * What an editor asks after a change, without waiting for the answers: the outline, folding,
	 * a hover on a cell and the quick fixes of a row with the diagnostics the client has (they may
	 * describe an older version of the text, as in a real editor).
	 */
	List<Request> requestsAfterAnEdit(Editor editor) {
		TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
		var service = client.server.getTextDocumentService();
		Editor.Row row = editor.randomRow();
		Position cell = editor.position(row.cellStart(editor.random.nextInt(row.cells().size())));
		Range line = new Range(editor.position(row.start()), editor.position(row.end()));
		List<LspTestClient.Published> published = client.published(uri);
		List<Diagnostic> known = published.isEmpty() ? List.of() : published.get(published.size() - 1).diagnostics();
		return List.of(new Request("documentSymbol", service.documentSymbol(new DocumentSymbolParams(doc))),
				new Request("foldingRange", service.foldingRange(new FoldingRangeRequestParams(doc))),
				new Request("hover " + cell, service.hover(new HoverParams(doc, cell))),
				new Request("codeAction " + r(line),
						service.codeAction(new CodeActionParams(doc, line, new CodeActionContext(known)))));
	}

	private static Injector injector;

	/** The final text validated on its own, converted as the server converts issues. */
	List<Diagnostic> freshDiagnostics(String text) throws Exception {
		synchronized (LanguageServerLoadTest.class) {
			if (injector == null) {
				injector = new NianbaoIdeSetup().createInjectorAndDoEMFRegistration();
			}
		}
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) rs.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		NianbaoLanguageServer conversion = new NianbaoLanguageServer();
		return issues.stream().filter(i -> i.getSeverity() != Severity.IGNORE).map(conversion::toDiagnostic).toList();
	}

	/** Code, severity, range and message, in position order: what an editor shows. */
	static List<String> render(List<Diagnostic> diagnostics) {
		return diagnostics.stream()
				.sorted(Comparator.<Diagnostic>comparingInt(d -> d.getRange().getStart().getLine())
						.thenComparingInt(d -> d.getRange().getStart().getCharacter())
						.thenComparing(d -> d.getCode().getLeft()).thenComparing(d -> d.getMessage().getLeft()))
				.map(d -> d.getCode().getLeft() + " " + d.getSeverity() + " " + r(d.getRange()) + " " + d.getMessage().getLeft())
				.toList();
	}

	static String r(Range range) {
		return range.getStart().getLine() + ":" + range.getStart().getCharacter() + "-" + range.getEnd().getLine() + ":"
				+ range.getEnd().getCharacter();
	}

	/**
	 * The client's copy of the document and the edits a user makes to it. An action (retype a
	 * cell, a typo and its correction) is a few notifications; each is computed on the text as it
	 * is when sent, and applied here by offsets, independently of Xtext's Document.
	 */
	static final class Editor {
		static final int FINAL_EDITS = 4;
		/** Notifications of the longest action (a typed phrase and a deletion, a typo and its backspaces). */
		static final int LONGEST_ACTION = 8;
		static final Pattern ROW = Pattern.compile("(?m)^( +)(\\S+)((?: +\\d+)+) *$");
		static final Pattern NUMBER = Pattern.compile("\\d+");
		static final String[] PHRASES = { "进一步", "共3件", "依法", "公开12条", "𠮷祥", "按时答复", "（二）" };
		static final String JUNK = "{}\"#@。x9(.";

		final StringBuilder text;
		final Random random;
		final Deque<Supplier<List<TextDocumentContentChangeEvent>>> pending = new ArrayDeque<>();
		int fullReplacements;

		Editor(String text, Random random) {
			this.text = new StringBuilder(text);
			this.random = random;
		}

		/**
		 * The next notification's changes, applied to the copy. Actions end before the final
		 * edits begin: a typo whose backspaces were never sent would stay in the text.
		 *
		 * @param left notifications still to send, this one included
		 */
		List<TextDocumentContentChangeEvent> next(int left) {
			if (left <= FINAL_EDITS) {
				return finalEdit(FINAL_EDITS - left);
			}
			if (pending.isEmpty()) {
				if (left - FINAL_EDITS >= LONGEST_ACTION) {
					plan(left);
				} else {
					severalRangesAtOnce();
				}
			}
			return pending.poll().get();
		}

		/**
		 * The last notifications, all ranges: a syntax error, an unknown row key, a line break at
		 * the top that moves every later diagnostic, and last a wrong total, so that diagnostics
		 * of any earlier version differ from the final ones.
		 */
		List<TextDocumentContentChangeEvent> finalEdit(int step) {
			switch (step) {
			case 0: {
				// a stray bracket after a row: a syntax error the parser recovers from at the next row
				int at = text.indexOf("行政许可  10402") + "行政许可  10402".length();
				return List.of(replace(at, at, " )"));
			}
			case 1: {
				int at = text.indexOf("上年结转");
				return List.of(replace(at + 2, at + 4, "结余"));
			}
			case 2: {
				int at = text.indexOf("text \"\"\"") + "text \"\"\"".length();
				return List.of(replace(at, at, "\n"));
			}
			default: {
				Row row = row("新收");
				return List.of(replace(row.cellStart(6), row.cellEnd(6), String.valueOf(row.sumOfFirst(6) + 1)));
			}
			}
		}

		/** Queues the notifications of one user action. */
		void plan(int left) {
			int kind = random.nextInt(100);
			if (kind < 30) {
				retypeCell();
			} else if (kind < 45) {
				typoAndBackspace();
			} else if (kind < 65) {
				narrative();
			} else if (kind < 75) {
				severalRangesAtOnce();
			} else if (kind < 83) {
				cutAndPasteRow();
			} else if (kind < 90) {
				splitAndJoinRow();
			} else if (kind < 95 && left > RANGES_ONLY_AT_END) {
				fullReplacement();
			} else {
				deleteBlockAndUndo();
			}
		}

		/** Delete a cell's number and type another, digit by digit; half the time the row's correct total. */
		void retypeCell() {
			Row row = randomRow();
			int cell = random.nextBoolean() ? 6 : random.nextInt(row.cells().size());
			String value = String.valueOf(cell == 6 && random.nextBoolean() ? row.sumOfFirst(6) : random.nextInt(40));
			int start = row.cellStart(cell), end = row.cellEnd(cell);
			pending.add(() -> List.of(replace(start, end, "")));
			for (int i = 0; i < value.length(); i++) {
				int at = start + i;
				String digit = value.substring(i, i + 1);
				pending.add(() -> List.of(replace(at, at, digit)));
			}
		}

		/** One to three wrong characters typed into a row, then taken back one by one. */
		void typoAndBackspace() {
			Row row = randomRow();
			int at = row.start() + random.nextInt(row.end() - row.start() + 1);
			int n = 1 + random.nextInt(3);
			for (int i = 0; i < n; i++) {
				int pos = at + i;
				String c = String.valueOf(JUNK.charAt(random.nextInt(JUNK.length())));
				pending.add(() -> List.of(replace(pos, pos, c)));
			}
			for (int i = n; i > 0; i--) {
				int pos = at + i;
				pending.add(() -> List.of(replace(pos - 1, pos, "")));
			}
		}

		/** A phrase typed into a text block character by character, sometimes a few characters deleted. */
		void narrative() {
			int[] block = randomTextBlock();
			int at = codePointBoundary(block[0] + random.nextInt(block[1] - block[0] + 1));
			String phrase = PHRASES[random.nextInt(PHRASES.length)];
			int offset = 0;
			for (int cp : phrase.codePoints().toArray()) {
				int pos = at + offset;
				String c = new String(Character.toChars(cp));
				pending.add(() -> List.of(replace(pos, pos, c)));
				offset += c.length();
			}
			if (random.nextBoolean()) {
				pending.add(() -> {
					int[] b = randomTextBlock();
					int from = codePointBoundary(b[0] + random.nextInt(Math.max(1, b[1] - b[0] - 5)));
					int to = codePointBoundary(Math.min(b[1], from + 1 + random.nextInt(5)));
					return List.of(replace(from, to, ""));
				});
			}
		}

		/**
		 * Two or three ranges in one notification, as a multi-cursor edit sends them: each range
		 * refers to the text after the changes before it in the same notification.
		 */
		void severalRangesAtOnce() {
			pending.add(() -> {
				List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
				int n = 2 + random.nextInt(2);
				for (int i = 0; i < n; i++) {
					Row row = randomRow();
					int cell = random.nextInt(row.cells().size());
					changes.add(replace(row.cellStart(cell), row.cellEnd(cell), String.valueOf(random.nextInt(30))));
				}
				return changes;
			});
		}

		/** A whole row cut (a missing row for a moment) and pasted back a notification later. */
		void cutAndPasteRow() {
			Row row = randomRow();
			int start = text.lastIndexOf("\n", row.start()) + 1;
			int end = text.indexOf("\n", row.end()) + 1;
			String line = text.substring(start, end);
			pending.add(() -> List.of(replace(start, end, "")));
			pending.add(() -> List.of(replace(start, start, line)));
		}

		/** A line break typed between two cells, then deleted again. */
		void splitAndJoinRow() {
			Row row = randomRow();
			int at = row.cellEnd(random.nextInt(row.cells().size() - 1));
			String br = "\n" + " ".repeat(8);
			pending.add(() -> List.of(replace(at, at, br)));
			pending.add(() -> List.of(replace(at, at + br.length(), "")));
		}

		/** The whole text sent again, as after a reformat or an external change, with one cell changed. */
		void fullReplacement() {
			pending.add(() -> {
				Row row = randomRow();
				int cell = random.nextInt(row.cells().size());
				text.replace(row.cellStart(cell), row.cellEnd(cell), String.valueOf(random.nextInt(30)));
				fullReplacements++;
				return List.of(new TextDocumentContentChangeEvent(text.toString()));
			});
		}

		/** Several lines selected and deleted (braces unbalanced), then restored by undo. */
		void deleteBlockAndUndo() {
			Row row = randomRow();
			int start = text.lastIndexOf("\n", row.start()) + 1;
			int end = start;
			for (int lines = 2 + random.nextInt(8); lines > 0 && text.indexOf("\n", end) >= 0; lines--) {
				end = text.indexOf("\n", end) + 1;
			}
			String block = text.substring(start, end);
			int e = end;
			pending.add(() -> List.of(replace(start, e, "")));
			pending.add(() -> List.of(replace(start, start, block)));
		}

		/** Applies a range change to the copy and returns it as the protocol carries it. */
		TextDocumentContentChangeEvent replace(int start, int end, String newText) {
			Range range = new Range(position(start), position(end));
			text.replace(start, end, newText);
			return new TextDocumentContentChangeEvent(range, newText);
		}

		/** LSP position of an offset: line and UTF-16 column, computed here rather than by Xtext. */
		Position position(int offset) {
			int line = 0, lineStart = 0;
			for (int i = 0; i < offset; i++) {
				if (text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			return new Position(line, offset - lineStart);
		}

		/** Never between the two halves of a surrogate pair (𠮷 is two UTF-16 units). */
		int codePointBoundary(int offset) {
			return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) ? offset + 1
					: offset;
		}

		/** Content offsets [start, end) of a random text block of the narrative. */
		int[] randomTextBlock() {
			List<int[]> blocks = new ArrayList<>();
			int from = 0;
			while (true) {
				int open = text.indexOf("text \"\"\"", from);
				if (open < 0) {
					break;
				}
				int start = open + "text \"\"\"".length();
				int end = text.indexOf("\"\"\"", start);
				blocks.add(new int[] { start, end });
				from = end + 3;
			}
			return blocks.get(random.nextInt(blocks.size()));
		}

		/** A row of the table 申请: seven numbers after its key. */
		record Row(int start, int end, List<int[]> cellRanges, List<Integer> cells) {
			int cellStart(int i) {
				return cellRanges.get(i)[0];
			}

			int cellEnd(int i) {
				return cellRanges.get(i)[1];
			}

			int sumOfFirst(int n) {
				return cells.subList(0, n).stream().mapToInt(Integer::intValue).sum();
			}
		}

		List<Row> rows() {
			int tableStart = text.indexOf("table 申请 {");
			int tableEnd = text.indexOf("}", tableStart);
			List<Row> rows = new ArrayList<>();
			Matcher m = ROW.matcher(text).region(tableStart, tableEnd);
			while (m.find()) {
				List<int[]> ranges = new ArrayList<>();
				List<Integer> values = new ArrayList<>();
				Matcher n = NUMBER.matcher(text).region(m.start(3), m.end(3));
				while (n.find()) {
					ranges.add(new int[] { n.start(), n.end() });
					values.add(Integer.parseInt(n.group()));
				}
				rows.add(new Row(m.start(2), m.end(3), ranges, values));
			}
			return rows;
		}

		Row randomRow() {
			List<Row> rows = rows();
			return rows.get(random.nextInt(rows.size()));
		}

		Row row(String key) {
			return rows().stream().filter(r -> text.substring(r.start(), r.start() + key.length()).equals(key)
					&& Character.isWhitespace(text.charAt(r.start() + key.length()))).findFirst().orElseThrow();
		}
	}
}
