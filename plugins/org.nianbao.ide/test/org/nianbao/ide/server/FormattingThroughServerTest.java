package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.formatting2.SourceFormatter;

/**
 * Formatting through the server gives what `nianbao fmt` gives (the runtime's SourceFormatter,
 * with the CLI's injector), whatever tab settings the editor sends.
 */
class FormattingThroughServerTest {

	/** As an editor set to hard tabs of width 8 sends them. */
	static final FormattingOptions TABS_8 = new FormattingOptions(8, false);

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	String example;

	@BeforeEach
	void start() throws Exception {
		example = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		uri = workspace.resolve("report.nianbao").toUri().toString();
		client = new LspTestClient();
		client.initialize(LspTestClient.params());
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	/** What `nianbao fmt` writes for the text. */
	static String fmt(String text) throws Exception {
		var injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("synthetic:/fmt.nianbao"));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
		return injector.getInstance(SourceFormatter.class).format(r);
	}

	/** The example with rows, a section head and a table head out of line. */
	String messy() {
		String messy = example.replace("      新收            24 2 0 0 0 0 26", "\t新收 24   2 0 0 0 0     26")
				.replace("      结转下年         2 0 0 0 0 0 2", "  结转下年\t2 0 0 0 0 0 2   ")
				.replace("  section 依申请公开 {", "section    依申请公开 {");
		assertNotEquals(example, messy, "the fixture's lines exist");
		return messy;
	}

	List<? extends TextEdit> format(FormattingOptions options) throws Exception {
		return client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), options)).get(30, TimeUnit.SECONDS);
	}

	@Test
	void theEditorsTabSettingsAreIgnoredAndTheResultIsTheCliFormatters() throws Exception {
		String messy = messy();
		String expected = fmt(messy);
		assertNotEquals(messy, expected);
		assertTrue(!expected.contains("\t"), "the CLI indents with spaces");
		client.open(uri, messy);

		List<? extends TextEdit> edits = format(TABS_8);
		assertEquals(expected, LanguageServerTest.apply(messy, edits));
		// and `nianbao fmt --check` passes on the result: formatting it again changes nothing
		assertEquals(expected, fmt(expected));
		// no identity edit: every edit changes the text it replaces
		Document document = new Document(1, messy);
		for (TextEdit e : edits) {
			assertNotEquals(document.getSubstring(e.getRange()), e.getNewText(), e.toString());
		}
		// the same for an editor with 4 spaces: one formatting for every editor
		assertEquals(expected, LanguageServerTest.apply(messy, format(new FormattingOptions(4, true))));
	}

	@Test
	void anAlreadyFormattedDocumentGetsNoEdits() throws Exception {
		String formatted = fmt(messy());
		client.open(uri, formatted);
		assertEquals(List.of(), format(TABS_8));
	}

	@Test
	void rangeFormattingUsesTheCliIndentationToo() throws Exception {
		String messy = messy();
		client.open(uri, messy);
		int line = LanguageServerTest.at(messy, "\t新收 24", 0, 0).getLine();
		Range range = new Range(new Position(line, 0), new Position(line + 1, 0));
		List<? extends TextEdit> edits = client.server.getTextDocumentService()
				.rangeFormatting(new DocumentRangeFormattingParams(new TextDocumentIdentifier(uri), TABS_8, range))
				.get(30, TimeUnit.SECONDS);
		String row = LanguageServerTest.apply(messy, edits).split("\n", -1)[line];
		String expectedRow = fmt(messy).split("\n", -1)[line];
		assertEquals(expectedRow, row);
		assertTrue(row.startsWith("      新收 "), row);
	}
}
