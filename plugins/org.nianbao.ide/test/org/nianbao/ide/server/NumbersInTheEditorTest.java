package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ide.server.LanguageServerTest.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** Inlay hints and code lenses through the server: the numbers the arithmetic service computes. */
class NumbersInTheEditorTest {

	@TempDir
	Path workspace;

	LspTestClient client;

	/** The window-statistics example: a template and a report with auto cells, in one file. */
	String example() throws Exception {
		return Files.readString(LanguageServerTest.root().resolve("examples/window-stats.nianbao"), StandardCharsets.UTF_8);
	}

	String start(String name, String text, JsonObject options) throws Exception {
		Path file = workspace.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		String uri = file.toUri().toString();
		client = new LspTestClient();
		InitializeParams params = LspTestClient.params();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		params.setInitializationOptions(options);
		InitializeResult result = client.initialize(params);
		assertEquals(Boolean.TRUE, result.getCapabilities().getInlayHintProvider().getLeft());
		assertTrue(result.getCapabilities().getCodeLensProvider() != null);
		client.open(uri, text);
		return uri;
	}

	@AfterEach
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	List<InlayHint> hints(String uri, String text) throws Exception {
		Range all = new Range(new Position(0, 0), new org.eclipse.xtext.ide.server.Document(1, text).getPosition(text.length()));
		return client.server.getTextDocumentService().inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), all)).get(60, TimeUnit.SECONDS);
	}

	static String label(InlayHint h) {
		return h.getLabel().getLeft();
	}

	@Test
	void eachAutoCellShowsItsComputedValueAndANarrativeExpressionItsValue() throws Exception {
		String text = example();
		String uri = start("window.nianbao", text, null);
		List<String> found = new ArrayList<>();
		for (InlayHint h : hints(uri, text)) {
			found.add(h.getPosition().getLine() + ":" + h.getPosition().getCharacter() + " " + label(h));
		}
		String received = "受理      120      80   auto";
		String subtotal = "小计      auto    auto   auto";
		List<String> expected = List.of(
				// the narrative's {办件.受理.合计} and {办件.受理.即办件}
				after(text, "{办件.受理.合计}", "= 200"), after(text, "{办件.受理.即办件}", "= 120"),
				// 受理 合计 = 120 + 80; 小计 = 审批类 + 服务类 per column: 70 + 45, 50 + 20, 120 + 65
				after(text, received, "= 200"),
				at(text, subtotal, 0, "小计      ".length() + 4).getLine() + ":" + ("      小计      ".length() + 4) + " = 115",
				at(text, subtotal, 0, 0).getLine() + ":" + ("      小计      auto    ".length() + 4) + " = 70",
				after(text, subtotal, "= 185"));
		assertEquals(expected, found);
	}

	/** line:character after the needle, and the label. */
	static String after(String text, String needle, String label) {
		Position p = at(text, needle, 0, needle.length());
		return p.getLine() + ":" + p.getCharacter() + " " + label;
	}

	/** The example's report with every cell written, 审批类's total wrong (121 for 70 + 50). */
	static String planted(String example) {
		return example.replace("受理      120      80   auto", "受理      120      80   200")
				.replace("审批类     70      50    120", "审批类     70      50    121")
				.replace("小计      auto    auto   auto", "小计      115      70    185");
	}

	@Test
	void aWrongTotalShowsTheValueTheValidatorExpects() throws Exception {
		String text = planted(example());
		String uri = start("window.nianbao", text, null);
		List<Diagnostic> diagnostics = client.diagnostics.get(uri);
		Position cell = at(text, "审批类     70      50    121", 0, "审批类     70      50    ".length());
		Diagnostic d = diagnostics.stream().filter(x -> x.getRange().getStart().equals(cell)).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics.toString()));
		InlayHint hint = hints(uri, text).stream().filter(h -> label(h).startsWith("应为")).findFirst()
				.orElseThrow(() -> new AssertionError("no expected-value hint"));
		assertEquals(at(text, "审批类     70      50    121", 0, "审批类     70      50    121".length()), hint.getPosition());
		assertEquals("应为 120", label(hint));
		// the number is the validator's: its message for the cell names it
		assertTrue(d.getMessage().getLeft().contains("120"), d.getMessage().getLeft());
	}

	@Test
	void theCodeLensOfATableCountsItsBrokenRelationsAndGoesToTheFirst() throws Exception {
		String text = planted(example());
		String uri = start("window.nianbao", text, null);
		List<? extends CodeLens> lenses = client.server.getTextDocumentService()
				.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
		assertEquals(2, lenses.size(), lenses.toString());
		CodeLens office = lenses.get(0);
		// 121 breaks 审批类's row total (70 + 50) and 小计's column total (121 + 65 ≠ 185)
		assertEquals("2 处勾稽关系不符", office.getCommand().getTitle());
		assertEquals(at(text, "table 办件 {", 0, 0), office.getRange().getStart());
		assertEquals("nianbao.goToRelation", office.getCommand().getCommand());
		Position cell = at(text, "审批类     70      50    121", 0, "审批类     70      50    ".length());
		List<Object> args = office.getCommand().getArguments();
		assertEquals(uri, string(args.get(0)));
		assertEquals(cell.getLine(), number(args.get(1)));
		assertEquals(cell.getCharacter(), number(args.get(2)));
		assertEquals("勾稽关系 ✓", lenses.get(1).getCommand().getTitle());

		// repaired: the lens says the relations hold
		String repaired = text.replace("审批类     70      50    121", "审批类     70      50    120");
		client.change(uri, 2, repaired);
		List<? extends CodeLens> after = client.server.getTextDocumentService()
				.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get(60, TimeUnit.SECONDS);
		assertEquals("勾稽关系 ✓", after.get(0).getCommand().getTitle());
	}

	@Test
	void columnNamesBeforeTheCellsOfLongRowsWhenAskedFor() throws Exception {
		String text = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"),
				StandardCharsets.UTF_8);
		JsonObject options = new JsonObject();
		JsonObject inlay = new JsonObject();
		inlay.addProperty("columnNames", true);
		options.add("inlayHints", inlay);
		String uri = start("gangkou.nianbao", text, options);
		String row = "新收            24 2 0 0 0 0 26";
		int line = at(text, row, 0, 0).getLine();
		List<String> onRow = hints(uri, text).stream().filter(h -> h.getPosition().getLine() == line)
				.map(h -> h.getPosition().getCharacter() + " " + label(h)).toList();
		int first = at(text, row, 0, "新收            ".length()).getCharacter();
		assertEquals(7, onRow.size(), onRow.toString());
		assertEquals(first + " 自然人:", onRow.get(0));
		assertEquals((first + "24 2 0 0 0 0 ".length()) + " 总计:", onRow.get(6));
		// short rows (规章文件: 3 cells) get none
		int shortLine = at(text, "规章           0  0  0", 0, 0).getLine();
		assertTrue(hints(uri, text).stream().noneMatch(h -> h.getPosition().getLine() == shortLine));
	}

	@Test
	void columnNamesAreOffByDefault() throws Exception {
		String text = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"),
				StandardCharsets.UTF_8);
		String uri = start("gangkou.nianbao", text, null);
		assertTrue(hints(uri, text).stream().noneMatch(h -> label(h).endsWith(":")));
	}

	static String string(Object arg) {
		return arg instanceof com.google.gson.JsonPrimitive p ? p.getAsString() : String.valueOf(arg);
	}

	static int number(Object arg) {
		return arg instanceof com.google.gson.JsonPrimitive p ? p.getAsInt() : ((Number) arg).intValue();
	}
}
