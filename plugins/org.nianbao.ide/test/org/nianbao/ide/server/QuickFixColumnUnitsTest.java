package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.validation.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;

/**
 * A client that echoes a diagnostic back with byte columns instead of UTF-16 ones (Neovim 0.7):
 * after 新收 (2 UTF-16 units, 6 bytes) the range of 新收/商业企业 points at 社会公益组织. The fix
 * must edit the diagnosed cell or nothing.
 */
class QuickFixColumnUnitsTest {

	/** 商业企业 of 新收 is 3 instead of 2: it breaks its row's total and its column's balance. */
	static final String ROW = "      新收            24 2 0 0 0 0 26";
	static final String FAULTY_ROW = "      新收            24 3 0 0 0 0 26";

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	String faulty;
	/** The ranges, in UTF-16 units, of the diagnosed cell (商业企业) and of 社会公益组织. */
	Range business;
	Range publicWelfare;

	@BeforeEach
	void start() throws Exception {
		String text = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		faulty = text.replace(ROW, FAULTY_ROW);
		uri = workspace.resolve("report.nianbao").toUri().toString();
		client = new LspTestClient();
		client.initialize(LspTestClient.params());
		business = cell("      新收            24 ");
		publicWelfare = cell("      新收            24 3 0 ");
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	/** The one-character cell right after the given start of the faulty row. */
	Range cell(String before) {
		Position start = LanguageServerTest.at(faulty, FAULTY_ROW, 0, before.length());
		return new Range(start, new Position(start.getLine(), start.getCharacter() + 1));
	}

	/** The diagnostic the server published on 新收/商业企业. */
	Diagnostic diagnosed() throws Exception {
		List<Diagnostic> diagnostics = client.open(uri, faulty);
		return diagnostics.stream().filter(d -> d.getRange().equals(business)).findFirst()
				.orElseThrow(() -> new AssertionError("no diagnostic on 商业企业: " + diagnostics));
	}

	/** The same position with the character counted in UTF-8 bytes, as Neovim 0.7 sends it. */
	Position inBytes(Position p) {
		String line = faulty.split("\n", -1)[p.getLine()];
		return new Position(p.getLine(), line.substring(0, p.getCharacter()).getBytes(StandardCharsets.UTF_8).length);
	}

	Diagnostic echoedInBytes(Diagnostic d) {
		Diagnostic echoed = new Diagnostic(new Range(inBytes(d.getRange().getStart()), inBytes(d.getRange().getEnd())),
				d.getMessage().getLeft());
		echoed.setCode(d.getCode());
		echoed.setSeverity(d.getSeverity());
		echoed.setSource(d.getSource());
		echoed.setData(d.getData());
		return echoed;
	}

	/** The edits of the quick fixes offered for the diagnostic, sent with its own range. */
	List<TextEdit> quickFixEdits(Diagnostic d) throws Exception {
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = client.server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), d.getRange(),
						new CodeActionContext(List.of(d))))
				.get(30, TimeUnit.SECONDS);
		return actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> CodeActionKind.QuickFix.equals(a.getKind()))
				.flatMap(a -> a.getEdit().getChanges().get(uri).stream()).toList();
	}

	@Test
	void theFixEditsTheDiagnosedCellWhateverUnitsTheRangeIsIn() throws Exception {
		Diagnostic d = diagnosed();
		Diagnostic echoed = echoedInBytes(d);
		// the fixture is what the test is about: in bytes the range points at 社会公益组织
		assertEquals(publicWelfare.getStart(), echoed.getRange().getStart());

		List<TextEdit> edits = quickFixEdits(echoed);
		assertFalse(edits.isEmpty(), "the data name the cell: the fix is offered");
		for (TextEdit e : edits) {
			assertEquals(business, e.getRange(), "only 新收/商业企业 is edited: " + e);
		}
		assertTrue(edits.stream().anyMatch(e -> e.getNewText().equals("2")), edits.toString());
		// and the same diagnostic in the server's own units gives the same edit
		assertEquals(edits, quickFixEdits(d));
	}

	@Test
	void withoutDataTheByteRangeGetsNoFixForTheNeighbour() throws Exception {
		Diagnostic echoed = echoedInBytes(diagnosed());
		echoed.setData(null);
		// the range names 社会公益组织, whose 0 breaks nothing: no cell is edited
		assertEquals(List.of(), quickFixEdits(echoed));
	}

	/** Without data the request's range decides: in the server's own units it names the diagnosed cell. */
	@Test
	void withoutDataTheRangeInTheServersUnitsGetsTheFixOfThatCell() throws Exception {
		Diagnostic d = diagnosed();
		d.setData(null);
		List<TextEdit> edits = quickFixEdits(d);
		assertFalse(edits.isEmpty(), "the range names a cell that breaks a relation: the fix is offered");
		for (TextEdit e : edits) {
			assertEquals(business, e.getRange(), "only 新收/商业企业 is edited: " + e);
		}
		assertTrue(edits.stream().anyMatch(e -> e.getNewText().equals("2")), edits.toString());
	}

	@Test
	void dataThatNoLongerMatchTheTextGetNoFix() throws Exception {
		Diagnostic d = diagnosed();
		// as if the diagnostic were from before an edit: it reports 5 where the text holds 3
		JsonArray data = ((JsonArray) d.getData()).deepCopy();
		data.set(Finding.DATA_ACTUAL, new JsonPrimitive("5"));
		d.setData(data);
		assertEquals(List.of(), quickFixEdits(d));
		assertEquals(List.of(), quickFixEdits(echoedInBytes(d)));
	}
}
