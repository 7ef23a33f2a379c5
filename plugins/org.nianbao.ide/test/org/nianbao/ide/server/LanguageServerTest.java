package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the language server in-process over LSP4J, as an editor would. */
class LanguageServerTest {

	static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	String text;

	static Path root() {
		String root = System.getProperty("nianbao.root");
		return (root != null ? Paths.get(root) : Paths.get("../..")).toAbsolutePath().normalize();
	}

	@BeforeEach
	void start() throws Exception {
		Path example = workspace.resolve("gangkou-2024.nianbao");
		text = Files.readString(root().resolve("examples/gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		Files.writeString(example, text, StandardCharsets.UTF_8);
		uri = example.toUri().toString();
		client = new LspTestClient();
		client.initialize(workspace, uri);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	/** Position of the n-th (0-based) occurrence of the needle plus a character delta. */
	static Position at(String text, String needle, int occurrence, int delta) {
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = text.indexOf(needle, offset + 1);
			assertTrue(offset >= 0, "fixture lacks " + needle);
		}
		return new Document(1, text).getPosition(offset + delta);
	}

	@Test
	void anUnknownRowKeyIsReportedWithTheCliCodeOnTheKey() throws Exception {
		String faulty = text.replace("      上年结转         1", "      上年结余         1");
		List<Diagnostic> diagnostics = client.open(uri, faulty);
		Diagnostic d = diagnostics.stream().filter(x -> "NB002".equals(x.getCode().getLeft())).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics.toString()));
		assertEquals(DiagnosticSeverity.Error, d.getSeverity());
		assertEquals(at(faulty, "上年结余", 0, 0), d.getRange().getStart());
		assertEquals(at(faulty, "上年结余", 0, 4), d.getRange().getEnd());
		assertEquals("nianbao", d.getSource());

		// fixing the text removes the diagnostic
		List<Diagnostic> after = client.change(uri, 2, text);
		assertTrue(after.stream().noneMatch(y -> "NB002".equals(y.getCode().getLeft())), after.toString());
	}

	@Test
	void aWrongTotalIsReportedOnItsCellAndTheCodeActionFixesIt() throws Exception {
		String row = "新收            24 2 0 0 0 0 26";
		String faulty = text.replace(row, "新收            24 2 0 0 0 0 27");
		List<Diagnostic> diagnostics = client.open(uri, faulty);
		Position cell = at(faulty, "新收            24 2 0 0 0 0 27", 0, row.length() - 2);
		Diagnostic d = diagnostics.stream().filter(x -> x.getCode().getLeft().startsWith("NB1"))
				.filter(x -> x.getRange().getStart().equals(cell)).findFirst()
				.orElseThrow(() -> new AssertionError(diagnostics.toString()));
		assertEquals(DiagnosticSeverity.Error, d.getSeverity());
		assertEquals(new Position(cell.getLine(), cell.getCharacter() + 2), d.getRange().getEnd());
		assertTrue(d.getMessage().getLeft().contains("26"), d.getMessage().getLeft());

		List<Either<org.eclipse.lsp4j.Command, org.eclipse.lsp4j.CodeAction>> actions = client.server
				.getTextDocumentService().codeAction(new org.eclipse.lsp4j.CodeActionParams(new TextDocumentIdentifier(uri),
						d.getRange(), new org.eclipse.lsp4j.CodeActionContext(List.of(d))))
				.get(30, TimeUnit.SECONDS);
		org.eclipse.lsp4j.CodeAction fix = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().contains("26")).findFirst()
				.orElseThrow(() -> new AssertionError(actions + " for " + d));
		List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
		String fixed = apply(faulty, edits);
		assertTrue(fixed.contains(row), "the cell reads 26 again");

		List<Diagnostic> after = client.change(uri, 2, fixed);
		assertTrue(after.stream().noneMatch(x -> x.getCode().getLeft().startsWith("NB1")), after.toString());
	}

	@Test
	void hoverOnANumberNamesItsRowAndColumn() throws Exception {
		client.open(uri, text);
		// the row 新收: 24 2 0 0 0 0 26 — hover over the "2" of 商业企业
		Position pos = at(text, "新收            24 2", 0, "新收            24 ".length());
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), pos)).get(30, TimeUnit.SECONDS);
		String value = hover.getContents().getRight().getValue();
		assertTrue(value.contains("一、本年新收政府信息公开申请数量"), value);
		assertTrue(value.contains("法人或其他组织 › 商业企业"), value);
		assertEquals(pos, hover.getRange().getStart());
	}

	@Test
	void hoverOnADerivedCellShowsTheFormulaWithValuesAndResult() throws Exception {
		client.open(uri, text);
		// 新收 总计 = 26
		Position pos = at(text, "新收            24 2 0 0 0 0 26", 0, "新收            24 2 0 0 0 0 ".length());
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), pos)).get(30, TimeUnit.SECONDS);
		String value = hover.getContents().getRight().getValue();
		assertTrue(value.contains("列：总计"), value);
		assertTrue(value.contains("24 + 2 + 0 + 0 + 0 + 0 = 26"), value);
	}

	@Test
	void hoverOnARowKeyShowsTheOfficialLabel() throws Exception {
		client.open(uri, text);
		Position pos = at(text, "内部事务", 0, 1);
		Hover hover = client.server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), pos)).get(30, TimeUnit.SECONDS);
		String value = hover.getContents().getRight().getValue();
		assertTrue(value.contains("三、本年度办理结果 › （三）不予公开 › 5.属于三类内部事务信息"), value);
	}

	/**
	 * Inside `{…}`: after `{` the tables, after `{表.` the table's rows, after `{表.行.` its columns,
	 * each once by its shortest name; the edit replaces the name being typed only.
	 */
	@Test
	void completionInsideNarrativeProposesTablesThenRowsThenColumns() throws Exception {
		String marker = "共受理政府信息公开申请";
		String withExpr = text.replace(marker + "27件", marker + "{申请.新收.总}件");
		client.open(uri, withExpr);
		List<CompletionItem> items = complete(at(withExpr, "{申请.新收.总", 0, "{申请.新收.总".length()));
		assertEquals(List.of("总计"), items.stream().map(CompletionItem::getLabel).toList());
		// the edit replaces the typed prefix only
		assertEquals(at(withExpr, "总}件", 0, 0), items.get(0).getTextEdit().getLeft().getRange().getStart());
		assertEquals("总计", items.get(0).getTextEdit().getLeft().getNewText());

		assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				labels(withExpr, "{申请.新收.", "{申请.新收.".length()));
		assertEquals(List.of("规章文件", "行政许可", "处罚强制", "收费", "申请", "复议诉讼"),
				labels(withExpr, "{申请.新收.", 1));
		assertEquals(List.of("申请"), labels(withExpr, "{申请.新收.", 2));
		List<String> rows = labels(withExpr, "{申请.新收.", "{申请.".length());
		assertEquals(List.of("新收", "上年结转", "予以公开", "部分公开", "国家秘密", "禁止公开", "三安全一稳定", "第三方权益",
				"内部事务", "过程性信息", "执法案卷", "查询事项", "不掌握", "另行制作", "仍不明确", "信访举报", "重复申请",
				"公开出版物", "大量反复", "确认或重新出具", "逾期不补正", "逾期未缴费", "其他", "总计", "结转下年"), rows);

		// a column tree with repeated names: each column once, by its shortest unique name
		String lawsuits = text.replace(marker + "27件", marker + "{复议诉讼.件数.}件");
		client.change(uri, 2, lawsuits);
		List<String> columns = labels(lawsuits, "{复议诉讼.件数.", "{复议诉讼.件数.".length());
		assertEquals(15, columns.size(), columns.toString());
		assertEquals(columns.stream().distinct().toList(), columns, "no duplicates");
		assertEquals(List.of("行政复议.维持", "行政复议.纠正", "行政复议.其他", "行政复议.未审结", "行政复议.总计"),
				columns.subList(0, 5));
		assertEquals("复议后起诉.总计", columns.get(14));

		// below a group already written: the columns under it, by their path below the group
		String group = text.replace(marker + "27件", marker + "{复议诉讼.件数.行政诉讼.复议后起诉.未}件");
		client.change(uri, 3, group);
		assertEquals(List.of("未审结"), labels(group, "复议后起诉.未}", "复议后起诉.未".length()));
		assertEquals(List.of("直接起诉.维持", "直接起诉.纠正", "直接起诉.其他", "直接起诉.未审结", "直接起诉.总计", "复议后起诉.维持",
				"复议后起诉.纠正", "复议后起诉.其他", "复议后起诉.未审结", "复议后起诉.总计"),
				labels(group, "行政诉讼.复议后起诉", "行政诉讼.".length()));

		// an expression being typed at the end of the text (no closing brace yet), after an operator
		String typing = text.replace(marker + "27件", marker + "{申请.新收.总计 + 申请.上年");
		client.change(uri, 4, typing);
		assertEquals(List.of("上年结转"), labels(typing, "+ 申请.上年", "+ 申请.上年".length()));
		// in the text outside every expression: nothing
		assertEquals(List.of(), labels(typing, marker, 2));
		// at the very end of the text, before its closing quotes
		String atEnd = text.replace("共0件。\"\"\"", "共0件。{申请.新\"\"\"");
		client.change(uri, 5, atEnd);
		assertEquals(List.of("新收"), labels(atEnd, "{申请.新\"\"\"", "{申请.新".length()));
	}

	private List<String> labels(String text, String needle, int delta) throws Exception {
		return complete(at(text, needle, 0, delta)).stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void completionAtARowProposesTemplateRowsAndWholeRowSkeletons() throws Exception {
		// drop the row 结转下年 and ask for completion where it stood
		String without = text.replace("      结转下年         2 0 0 0 0 0 2\n", "      结\n");
		client.open(uri, without);
		List<CompletionItem> items = complete(at(without, "      结\n", 0, 7));
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("结转下年"), labels.toString());
		CompletionItem skeleton = items.stream().filter(i -> i.getLabel().startsWith("结转下年 …")).findFirst()
				.orElseThrow(() -> new AssertionError(labels.toString()));
		assertEquals("结转下年 0 0 0 0 0 0 auto", skeleton.getTextEdit().getLeft().getNewText());
	}

	/**
	 * Each missing row once, by its shortest name (the scope knows a row under each of its
	 * qualified names), and none of the rows the table already has.
	 */
	@Test
	void completionAtARowListsEachMissingRowOnce() throws Exception {
		String without = text.replace("      上年结转         1 0 0 0 0 0 1\n", "")
				.replace("      总计            23 2 0 0 0 0 25\n", "")
				.replace("      结转下年         2 0 0 0 0 0 2\n", "      \n");
		client.open(uri, without);
		List<CompletionItem> items = complete(at(without, "      \n    }", 0, 6));
		List<String> rows = items.stream()
				.filter(i -> i.getKind() == CompletionItemKind.Reference)
				.map(CompletionItem::getLabel).sorted().toList();
		assertEquals(List.of("上年结转", "总计", "结转下年"), rows, items.stream().map(CompletionItem::getLabel).toList().toString());
		List<String> skeletons = items.stream().filter(i -> i.getKind() == CompletionItemKind.Snippet)
				.map(CompletionItem::getLabel).toList();
		assertEquals(3, skeletons.size(), skeletons.toString());
		assertTrue(skeletons.stream().noneMatch(l -> l.startsWith("新收")), skeletons.toString());
	}

	@Test
	void completionProposesKeywords() throws Exception {
		String empty = "";
		client.open(uri, empty);
		List<String> labels = complete(new Position(0, 0)).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("report", "template")), labels.toString());
	}

	@Test
	void documentSymbolsListSectionsAndTables() throws Exception {
		client.open(uri, text);
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = client.server
				.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.get(30, TimeUnit.SECONDS);
		assertEquals(1, symbols.size());
		DocumentSymbol report = symbols.get(0).getRight();
		assertEquals("港口镇2024", report.getName());
		List<String> sections = report.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"), sections);
		DocumentSymbol active = report.getChildren().get(1);
		assertEquals("二、主动公开政府信息情况", active.getDetail());
		assertEquals(List.of("规章文件", "行政许可", "处罚强制", "收费"),
				active.getChildren().stream().map(DocumentSymbol::getName).toList());
		assertEquals(at(text, "section 主动公开", 0, 0).getLine(), active.getRange().getStart().getLine());
	}

	@Test
	void foldingCoversSectionsAndTables() throws Exception {
		client.open(uri, text);
		List<FoldingRange> ranges = client.server.getTextDocumentService()
				.foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		int tableLine = at(text, "table 申请", 0, 0).getLine();
		int sectionLine = at(text, "section 依申请公开", 0, 0).getLine();
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == tableLine && r.getEndLine() > tableLine + 20), ranges.toString());
		assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == sectionLine), ranges.toString());
		// the report itself (the whole file) is not folded
		int reportLine = at(text, "report ", 0, 0).getLine();
		assertFalse(ranges.stream().anyMatch(r -> r.getStartLine() == reportLine), ranges.toString());
	}

	@Test
	void formattingRealignsAMessedUpRow() throws Exception {
		String messy = text.replace("      新收            24 2 0 0 0 0 26", "新收 24   2 0 0 0 0     26");
		client.open(uri, messy);
		List<? extends TextEdit> edits = client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
				.get(30, TimeUnit.SECONDS);
		assertFalse(edits.isEmpty());
		String formatted = apply(messy, edits);
		int line = at(formatted, "新收 ", 0, 0).getLine();
		String row = formatted.split("\n", -1)[line];
		assertTrue(row.startsWith("      新收 "), "indented like its siblings: [" + row + "]");
		assertTrue(row.matches("\\s+新收\\s+24\\s+2\\s+0\\s+0\\s+0\\s+0\\s+26\\s*"), row);
	}

	/** Applies LSP edits as a client does: all ranges refer to the original text. */
	static String apply(String original, List<? extends TextEdit> edits) {
		Document doc = new Document(1, original);
		StringBuilder result = new StringBuilder(original);
		edits.stream().sorted((a, b) -> doc.getOffSet(b.getRange().getStart()) - doc.getOffSet(a.getRange().getStart()))
				.forEach(e -> result.replace(doc.getOffSet(e.getRange().getStart()), doc.getOffSet(e.getRange().getEnd()),
						e.getNewText()));
		return result.toString();
	}

	List<CompletionItem> complete(Position pos) throws Exception {
		Either<List<CompletionItem>, CompletionList> result = client.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), pos)).get(30, TimeUnit.SECONDS);
		assertNotNull(result);
		return result.isLeft() ? result.getLeft() : result.getRight().getItems();
	}
}
