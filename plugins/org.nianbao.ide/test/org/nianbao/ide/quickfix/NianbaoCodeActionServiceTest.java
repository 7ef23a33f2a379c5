package org.nianbao.ide.quickfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.ide.NianbaoIdeSetup;
import org.nianbao.validation.IssueCodes;

import com.google.gson.JsonArray;
import com.google.inject.Injector;

/**
 * The code action service at service level: diagnostics from the real validator go in, the edits
 * that come out are applied to the text, and the result validates without the fault.
 */
class NianbaoCodeActionServiceTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new NianbaoIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static String seed000() throws Exception {
		String root = System.getProperty("nianbao.root", "../..");
		return Files.readString(Paths.get(root).resolve("examples/gangkou-2024.nianbao"));
	}

	private static int counter;

	private XtextResource parse(String text) throws Exception {
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createFileURI(Path.of("fix" + (++counter) + ".nianbao")
				.toAbsolutePath().toString()));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
		return r;
	}

	private List<Issue> validate(XtextResource r) {
		return injector.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static Diagnostic toDiagnostic(Issue issue, Document doc) {
		Range range = new Range(doc.getPosition(issue.getOffset()), doc.getPosition(issue.getOffset() + issue.getLength()));
		Diagnostic d = new Diagnostic(range, issue.getMessage());
		d.setCode(issue.getCode());
		d.setData(issue.getData());
		return d;
	}

	private List<CodeAction> actions(XtextResource r, String text, List<Diagnostic> diagnostics, List<String> only) {
		ICodeActionService2 service = injector.getInstance(ICodeActionService2.class);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		Document doc = new Document(1, text);
		options.setDocument(doc);
		options.setResource(r);
		CodeActionContext context = new CodeActionContext(diagnostics);
		context.setOnly(only);
		options.setCodeActionParams(
				new CodeActionParams(new TextDocumentIdentifier(r.getURI().toString()), new Range(), context));
		return service.getCodeActions(options).stream().map(Either<Command, CodeAction>::getRight).toList();
	}

	private static String applyAction(String text, CodeAction action) {
		Document doc = new Document(1, text);
		// LSP edits all refer to the original text: applied one by one, last first
		List<TextEdit> edits = new java.util.ArrayList<>(action.getEdit().getChanges().values().iterator().next());
		edits.sort(java.util.Comparator.comparing((TextEdit e) -> doc.getOffSet(e.getRange().getStart())).reversed());
		return doc.applyChanges(edits).getContents();
	}

	@Test
	void theServiceIsBoundInTheIdeModule() {
		assertTrue(injector.getInstance(ICodeActionService2.class) instanceof NianbaoCodeActionService);
	}

	@Test
	void setsAWrongTotalToItsExpectedValue() throws Exception {
		String text = seed000().replace("件数  2 0 0 0 2", "件数  2 0 0 0 3");
		XtextResource r = parse(text);
		Issue issue = validate(r).stream().filter(i -> IssueCodes.RELATION_MISMATCH.equals(i.getCode())).findFirst()
				.orElseThrow();
		List<CodeAction> actions = actions(r, text, List.of(toDiagnostic(issue, new Document(1, text))), null);
		assertEquals(1, actions.size(), actions.toString());
		CodeAction fix = actions.get(0);
		assertEquals(CodeActionKind.QuickFix, fix.getKind());
		assertEquals("将此格改为 2", fix.getTitle());
		String fixed = applyAction(text, fix);
		assertTrue(fixed.contains("件数  2 0 0 0 2"), fixed);
		assertEquals(0, validate(parse(fixed)).stream().filter(i -> i.getCode().startsWith("NB1")).count());
	}

	@Test
	void fillsABlankAndRepairsACulpritEvenWithDataFromTheWire() throws Exception {
		String text = seed000().replace("新收            24 2 0 0 0 0 26", "新收            24 2 0 0 0 0 - \"待补\"")
				.replace("不掌握          11", "不掌握          10");
		XtextResource r = parse(text);
		Document doc = new Document(1, text);
		List<Diagnostic> diagnostics = validate(r).stream().filter(i -> i.getCode().startsWith("NB1"))
				.map(i -> toDiagnostic(i, doc)).toList();
		assertEquals(2, diagnostics.size());
		// as a client sends it back: data as a JSON array
		Diagnostic wire = diagnostics.get(0);
		JsonArray json = new JsonArray();
		for (String s : (String[]) wire.getData()) {
			json.add(s);
		}
		wire.setData(json);
		String fixed = text;
		for (Diagnostic d : diagnostics) {
			XtextResource current = parse(fixed);
			List<CodeAction> actions = actions(current, fixed, List.of(d), List.of(CodeActionKind.QuickFix));
			assertEquals(1, actions.size());
			fixed = applyAction(fixed, actions.get(0));
		}
		assertTrue(fixed.contains("新收            24 2 0 0 0 0 26 \"待补\""), fixed);
		assertTrue(fixed.contains("不掌握          11"), fixed);
		assertEquals(0, validate(parse(fixed)).stream().filter(i -> i.getCode().startsWith("NB1")).count());
	}

	@Test
	void fillsEveryAutoCell() throws Exception {
		String text = seed000().replace("新收            24 2 0 0 0 0 26", "新收            24 2 0 0 0 0 auto")
				.replace("总计            23 2 0 0 0 0 25", "总计            auto auto 0 0 0 0 auto");
		XtextResource r = parse(text);
		List<CodeAction> actions = actions(r, text, List.of(), null);
		assertEquals(1, actions.size());
		assertEquals(CodeActionKind.Source, actions.get(0).getKind());
		assertTrue(actions.get(0).getTitle().contains("4"), actions.get(0).getTitle());
		String fixed = applyAction(text, actions.get(0));
		assertEquals(seed000(), fixed);
		assertEquals(0, actions(parse(fixed), fixed, List.of(), null).size());
	}

	@Test
	void replacesAMistypedRowLabel() throws Exception {
		String text = seed000().replace("内部事务         1", "内部事务 \"5.属于三类内容事务信息\" 1");
		XtextResource r = parse(text);
		Issue issue = validate(r).stream().filter(i -> IssueCodes.LABEL_MISMATCH.equals(i.getCode())).findFirst()
				.orElseThrow();
		List<CodeAction> actions = actions(r, text, List.of(toDiagnostic(issue, new Document(1, text))), null);
		assertEquals(1, actions.size());
		String fixed = applyAction(text, actions.get(0));
		assertTrue(fixed.contains("内部事务 \"5.属于三类内部事务信息\" 1"), fixed);
		assertEquals(0, validate(parse(fixed)).stream().filter(i -> IssueCodes.LABEL_MISMATCH.equals(i.getCode()))
				.count());
	}

	@Test
	void removesTheGroupSeparatorOfANumberItsOnlyError() throws Exception {
		String text = seed000().replace("行政许可  10402", "行政许可  10,402");
		XtextResource r = parse(text);
		List<Issue> issues = validate(r);
		assertEquals(List.of(IssueCodes.BAD_VALUE), issues.stream().map(Issue::getCode).toList());
		Diagnostic d = toDiagnostic(issues.get(0), new Document(1, text));
		List<CodeAction> actions = actions(r, text, List.of(d), null);
		assertEquals(1, actions.size(), actions.toString());
		assertEquals("去掉分隔符：10402", actions.get(0).getTitle());
		assertEquals(seed000(), applyAction(text, actions.get(0)));
		// a client echoing byte columns: the range points elsewhere on the line, the number is found once there
		d.getRange().getStart().setCharacter(d.getRange().getStart().getCharacter() + 5);
		assertEquals(seed000(), applyAction(text, actions(r, text, List.of(d), null).get(0)));
	}
}
