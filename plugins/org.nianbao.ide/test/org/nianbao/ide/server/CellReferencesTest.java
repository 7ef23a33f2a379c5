package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ide.server.LanguageServerTest.apply;
import static org.nianbao.ide.server.LanguageServerTest.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Definition, references, rename and hover of a template's rows, tables and columns through the
 * server, with the names in narrative expressions: a template of the workspace and two reports.
 */
class CellReferencesTest {

	@TempDir
	Path workspace;

	LspTestClient client;
	String template, report1, report2;
	String templateUri, report1Uri, report2Uri;

	@BeforeEach
	void start() throws Exception {
		String example = Files.readString(LanguageServerTest.root().resolve("examples/window-stats.nianbao"),
				StandardCharsets.UTF_8);
		int split = example.indexOf("report 中心2024年11月");
		template = example.substring(0, split);
		report1 = example.substring(split);
		report2 = report1.replace("中心2024年11月", "中心2024年12月").replace(
				"本月共受理办件{办件.受理.合计}件，其中即办件{办件.受理.即办件}件。", "十二月受理{办件.受理.合计}件，月末在办{办件.在办.合计}件。");
		templateUri = write("template.nianbao", template);
		report1Uri = write("report1.nianbao", report1);
		report2Uri = write("report2.nianbao", report2);
		client = new LspTestClient();
		client.initialize(workspace, templateUri, report1Uri, report2Uri);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	private String write(String name, String text) throws Exception {
		Path file = workspace.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file.toUri().toString();
	}

	@Test
	void aRowInNarrativeTextGoesToItsDeclarationInTheTemplate() throws Exception {
		Position row = at(report1, "{办件.受理.合计}", 0, "{办件.".length() + 1);
		List<? extends Location> found = client.server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(report1Uri), row)).get(60, TimeUnit.SECONDS)
				.getLeft();
		assertEquals(List.of(new Location(templateUri, range(template, "受理 \"一、本月受理\"", 0, 2))), found);

		Position table = at(report1, "{办件.受理.合计}", 0, 1);
		List<? extends Location> tables = client.server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(report1Uri), table)).get(60, TimeUnit.SECONDS)
				.getLeft();
		assertEquals(List.of(new Location(templateUri, range(template, "办件 \"窗口办件情况", 0, 2))), tables);
	}

	@Test
	void referencesOfATemplateRowAreItsFormulaRowsAndNarrativePathsInEveryReport() throws Exception {
		Position declaration = at(template, "受理 \"一、本月受理\"", 0, 1);
		List<? extends Location> found = client.server.getTextDocumentService()
				.references(new ReferenceParams(new TextDocumentIdentifier(templateUri), declaration,
						new ReferenceContext(false))).get(60, TimeUnit.SECONDS);
		Map<String, List<Range>> expected = new TreeMap<>();
		expected.put(templateUri, List.of(range(template, "受理 == 小计", 0, 2)));
		expected.put(report1Uri, List.of(range(report1, "办件.受理.合计", 0, "办件.".length(), 2),
				range(report1, "办件.受理.即办件", 0, "办件.".length(), 2), range(report1, "受理      120", 0, 2)));
		expected.put(report2Uri, List.of(range(report2, "办件.受理.合计", 0, "办件.".length(), 2),
				range(report2, "受理      120", 0, 2)));
		assertEquals(expected, byUri(found));
	}

	@Test
	void renamingATemplateRowChangesExactlyItsNamesInTheTemplateAndBothReports() throws Exception {
		Position declaration = at(template, "受理 \"一、本月受理\"", 0, 0);
		WorkspaceEdit edit = client.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(templateUri), declaration, "受理数")).get(60, TimeUnit.SECONDS);
		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertEquals(List.of(templateUri, report1Uri, report2Uri).stream().sorted().toList(),
				changes.keySet().stream().sorted().toList());
		assertEquals(template.replace("受理 \"一、本月受理\"", "受理数 \"一、本月受理\"").replace("受理 == 小计", "受理数 == 小计"),
				apply(template, changes.get(templateUri)));
		// the note and the description say 受理数 already, the text says 受理办件: strings stay as written
		assertEquals(report1.replace("{办件.受理.", "{办件.受理数.").replace("      受理      120", "      受理数      120"),
				apply(report1, changes.get(report1Uri)));
		assertEquals(report2.replace("{办件.受理.", "{办件.受理数.").replace("      受理      120", "      受理数      120"),
				apply(report2, changes.get(report2Uri)));
		assertEquals(2, changes.get(templateUri).size(), "the declaration and the rule");
	}

	@Test
	void renamingAColumnFromANarrativePathRenamesItsDeclarationFormulaAndPaths() throws Exception {
		Position column = at(report1, "{办件.受理.即办件}", 0, "{办件.受理.".length() + 1);
		WorkspaceEdit edit = client.server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(report1Uri), column, "即时办结")).get(60, TimeUnit.SECONDS);
		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertEquals(template.replace("即办件 \"即办件\"", "即时办结 \"即办件\"").replace("= 即办件 + 承诺件", "= 即时办结 + 承诺件"),
				apply(template, changes.get(templateUri)));
		assertEquals(report1.replace("{办件.受理.即办件}", "{办件.受理.即时办结}"), apply(report1, changes.get(report1Uri)));
		// report2 does not name the column: no edit for it
		assertEquals(null, changes.get(report2Uri));
	}

	@Test
	void prepareRenameGivesTheNameUnderTheCursorAndNothingElsewhere() throws Exception {
		Position inName = at(report1, "{办件.受理.即办件}", 0, "{办件.受理.".length() + 2);
		var prepared = client.server.getTextDocumentService()
				.prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(new TextDocumentIdentifier(report1Uri), inName)).get(60, TimeUnit.SECONDS);
		assertEquals(range(report1, "{办件.受理.即办件}", 0, "{办件.受理.".length(), 3), prepared.getFirst());
		// in the narrative's words, outside every expression: nothing to rename
		Position words = at(report1, "本月共受理办件", 0, 4);
		var none = client.server.getTextDocumentService()
				.prepareRename(new org.eclipse.lsp4j.PrepareRenameParams(new TextDocumentIdentifier(report1Uri), words)).get(60, TimeUnit.SECONDS);
		assertEquals(null, none);
	}

	@Test
	void aNewNameThatIsNoNameIsRefusedWithAChineseMessage() {
		Position declaration = at(template, "受理 \"一、本月受理\"", 0, 0);
		ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> client.server.getTextDocumentService()
						.rename(new RenameParams(new TextDocumentIdentifier(templateUri), declaration, "1受理")).get(60, TimeUnit.SECONDS));
		assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
		assertTrue(e.getCause().getMessage().contains("不是合法的名称"), e.getCause().getMessage());
	}

	/** A name another row, column or table has, or one that would take another's name away: refused, no edit. */
	@Test
	void aNewNameThatClashesIsRefusedWithAChineseMessage() throws Exception {
		assertEquals("不能重命名为“承诺件”：表「办件」的列中已有「承诺件」",
				renameRefused(template, templateUri, "即办件 \"即办件\"", "承诺件"));
		assertEquals("不能重命名为“在办”：表「办件」的行中已有「在办」", renameRefused(template, templateUri, "受理 \"一、本月受理\"", "在办"));
		// a row in a group named as a row outside it: its key `审批类`, rewritten, would name the other row
		assertEquals("不能重命名为“在办”：表「办件」的行中的名称“在办”将指向「在办」，不再指向「办结.审批类」",
				renameRefused(template, templateUri, "审批类 \"（一）审批类\"", "在办"));
		assertEquals("模板「窗口办件统计」中已有名为“满意度”的表，不能重命名",
				renameRefused(report1, report1Uri, "{办件.受理.合计}", "满意度", 1));
		// the same name in another tree is no clash: a row may be named as a column
		WorkspaceEdit edit = client.server.getTextDocumentService().rename(new RenameParams(
				new TextDocumentIdentifier(templateUri), at(template, "在办 \"三、月末在办\"", 0, 0), "合计")).get(60, TimeUnit.SECONDS);
		assertEquals(3, edit.getChanges().size(), edit.toString());
	}

	private String renameRefused(String text, String uri, String needle, String newName) {
		return renameRefused(text, uri, needle, newName, 0);
	}

	private String renameRefused(String text, String uri, String needle, String newName, int delta) {
		ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
				() -> client.server.getTextDocumentService()
						.rename(new RenameParams(new TextDocumentIdentifier(uri), at(text, needle, 0, delta), newName)).get(60, TimeUnit.SECONDS));
		assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
		return e.getCause().getMessage();
	}

	@Test
	void hoverOnANarrativeExpressionShowsItsValueAndCells() throws Exception {
		client.open(report1Uri, report1);
		Position inside = at(report1, "{办件.受理.合计}", 0, 3);
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(report1Uri), inside)).get(60, TimeUnit.SECONDS);
		assertNotNull(hover);
		String text = hover.getContents().getRight().getValue();
		// 受理 合计 is auto: 120 + 80
		assertTrue(text.startsWith("`{办件.受理.合计}` = **200**"), text);
		assertTrue(text.contains("一、本月受理 × 合计 = 200"), text);
		assertEquals(range(report1, "{办件.受理.合计}", 0, 0, "{办件.受理.合计}".length()), hover.getRange());
	}

	/**
	 * In a template fact's value (one expression, no braces): the template's tables at its start, the
	 * columns after {@code 表.行.}; in another string of the same fact (its pattern), no cell names.
	 */
	@Test
	void completionInATemplateFactsValueProposesItsCellsAndNotInItsPattern() throws Exception {
		int end = template.lastIndexOf("\n}");
		String withFact = template.substring(0, end) + "\n  fact 受理数 \"本月受理数\" pattern \"受理办件\" value \"办件.受理.合\""
				+ template.substring(end);
		client.open(templateUri, withFact);
		assertEquals(List.of("合计"), labels(withFact, "办件.受理.合\"", "办件.受理.合".length()));
		assertEquals(List.of("即办件", "承诺件", "合计"), labels(withFact, "办件.受理.合\"", "办件.受理.".length()));
		assertEquals(List.of("办件", "满意度"), labels(withFact, "办件.受理.合\"", 0));
		List<String> inPattern = labels(withFact, "受理办件\"", "受理".length());
		assertTrue(inPattern.stream().noneMatch(l -> List.of("办件", "满意度", "即办件", "承诺件", "合计").contains(l)),
				inPattern.toString());
	}

	private List<String> labels(String text, String needle, int delta) throws Exception {
		var result = client.server.getTextDocumentService()
				.completion(new org.eclipse.lsp4j.CompletionParams(new TextDocumentIdentifier(templateUri), at(text, needle, 0, delta)))
				.get(60, TimeUnit.SECONDS);
		return (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
				.map(org.eclipse.lsp4j.CompletionItem::getLabel).toList();
	}

	/** Locations grouped by document, each document's in text order. */
	static Map<String, List<Range>> byUri(List<? extends Location> locations) {
		Map<String, List<Range>> m = new TreeMap<>();
		for (Location l : locations) {
			m.computeIfAbsent(l.getUri(), k -> new java.util.ArrayList<>()).add(l.getRange());
		}
		m.values().forEach(l -> l.sort((a, b) -> a.getStart().getLine() != b.getStart().getLine()
				? a.getStart().getLine() - b.getStart().getLine()
				: a.getStart().getCharacter() - b.getStart().getCharacter()));
		return m;
	}

	/** The range of {@code length} characters at the start of the occurrence of the needle. */
	static Range range(String text, String needle, int occurrence, int length) {
		return range(text, needle, occurrence, 0, length);
	}

	static Range range(String text, String needle, int occurrence, int delta, int length) {
		return new Range(at(text, needle, occurrence, delta), at(text, needle, occurrence, delta + length));
	}
}
