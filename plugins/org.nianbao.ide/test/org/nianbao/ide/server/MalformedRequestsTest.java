package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Requests as buggy or unusual clients send them, against a 1 MB document: unknown methods,
 * {@code params: null}, missing fields, positions past the end of a line or of the document. Each
 * gets its LSP error code or a clamped answer, and no error message echoes the document.
 */
class MalformedRequestsTest {

	/** Longest error message or log line the test accepts (the document is 1,000 times longer). */
	static final int MAX_MESSAGE = 1_000;

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	String text;
	/** Every error the server answered, to check their sizes at the end of each test. */
	final List<ResponseError> errors = new ArrayList<>();

	/** The example padded with comment lines to one megabyte. */
	static String oneMegabyte() throws Exception {
		String example = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"),
				StandardCharsets.UTF_8);
		StringBuilder big = new StringBuilder(example);
		while (big.length() < 1_000_000) {
			big.append("// 填充行：本行只为让文档达到一兆字节，检查错误信息不回显文档内容。 padding to one megabyte\n");
		}
		return big.toString();
	}

	@BeforeEach
	void start() throws Exception {
		text = oneMegabyte();
		uri = workspace.resolve("big.nianbao").toUri().toString();
		client = new LspTestClient();
		client.initialize(LspTestClient.params());
		client.open(uri, text);
	}

	@AfterEach
	void stop() throws Exception {
		try {
			for (ResponseError e : errors) {
				assertTrue(e.getMessage().length() < MAX_MESSAGE, "error message of " + e.getMessage().length());
				assertTrue(e.getData() == null || String.valueOf(e.getData()).length() < MAX_MESSAGE,
						"error data of " + String.valueOf(e.getData()).length());
			}
			for (MessageParams m : client.messages) {
				assertTrue(m.getMessage().length() < MAX_MESSAGE, "log message of " + m.getMessage().length());
			}
		} finally {
			client.close();
		}
	}

	/** The error the request was answered with (fails when it succeeded). */
	ResponseError error(CompletableFuture<?> request) throws Exception {
		try {
			Object result = request.get(60, TimeUnit.SECONDS);
			return fail("expected an error, got " + result);
		} catch (ExecutionException e) {
			if (!(e.getCause() instanceof ResponseErrorException r)) {
				throw e;
			}
			errors.add(r.getResponseError());
			return r.getResponseError();
		}
	}

	/** The result of a request that must succeed. */
	<T> T result(CompletableFuture<T> request) throws Exception {
		try {
			return request.get(60, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException r) {
				errors.add(r.getResponseError());
				fail("expected a result, got " + r.getResponseError().getCode() + " " + r.getResponseError().getMessage());
			}
			throw e;
		}
	}

	@Test
	void anUnknownMethodIsMethodNotFound() throws Exception {
		ResponseError e = error(client.remote.request("nianbao/noSuchMethod", null));
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), e.getCode(), e.getMessage());
		assertEquals(null, e.getData(), "no stack trace");
		// `$/` requests a server does not know are MethodNotFound too (LSP)
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error(client.remote.request("$/noSuchThing", null)).getCode());
	}

	@Test
	void nullParamsAreInvalidParams() throws Exception {
		for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/definition",
				"textDocument/references", "textDocument/formatting", "textDocument/rangeFormatting",
				"textDocument/documentSymbol", "textDocument/codeAction", "textDocument/foldingRange",
				"textDocument/documentHighlight", "textDocument/semanticTokens/full", "textDocument/rename",
				"workspace/symbol")) {
			ResponseError e = error(client.remote.request(method, null));
			assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getCode(), method + ": " + e.getMessage());
		}
		// the server still answers afterwards
		assertNotNull(hoverAt(new Position(LanguageServerTest.at(text, "新收", 0, 0).getLine(), 6)));
	}

	/** A notification has no answer: with {@code params: null} it is dropped, with no exception anywhere. */
	@Test
	void notificationsWithNullParamsAreIgnored() throws Exception {
		try (ServerLogs logs = new ServerLogs()) {
			for (String method : List.of("textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
					"textDocument/didSave", "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration")) {
				client.remote.notify(method, null);
			}
			// a request after them is answered after them: the document is open, as it was
			assertEquals(List.of(text, text), client.inside.documentAndResourceText(uri));
			assertNotNull(hoverAt(new Position(LanguageServerTest.at(text, "新收", 0, 0).getLine(), 6)));
			assertTrue(logs.errors().stream().noneMatch(e -> e.contains("Exception")), logs.errors().toString());
		}
	}

	@Test
	void aMissingTextDocumentIsInvalidParams() throws Exception {
		JsonObject noDocument = JsonParser.parseString("{\"position\": {\"line\": 0, \"character\": 0}}").getAsJsonObject();
		ResponseError e = error(client.remote.request("textDocument/hover", noDocument));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getCode(), e.getMessage());
		JsonObject noPosition = JsonParser.parseString("{\"textDocument\": {\"uri\": \"" + uri + "\"}}").getAsJsonObject();
		e = error(client.remote.request("textDocument/completion", noPosition));
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), e.getCode(), e.getMessage());
	}

	Hover hoverAt(Position position) throws Exception {
		return result(client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
	}

	@Test
	void aPositionPastTheEndOfALineMeansItsEnd() throws Exception {
		// the row 新收 ends with its total, 26: far past the line's end, the hover is the total's
		int line = LanguageServerTest.at(text, "      新收            24 2 0 0 0 0 26", 0, 0).getLine();
		Hover hover = hoverAt(new Position(line, 10_000));
		assertNotNull(hover);
		String value = hover.getContents().getRight().getValue();
		assertTrue(value.contains("列：总计") && value.contains("= 26"), value);
		assertEquals(new Position(line, "      新收            24 2 0 0 0 0 ".length()), hover.getRange().getStart());
	}

	@Test
	void positionsPastTheEndOfTheDocumentAreClamped() throws Exception {
		Position far = new Position(1_000_000, 5);
		TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
		var service = client.server.getTextDocumentService();
		// past the end is the end: a comment line, where nothing is hovered or defined
		assertEquals("", hoverAt(far).getContents().getRight().getValue());
		assertTrue(result(service.definition(new DefinitionParams(doc, far))).getLeft().isEmpty());
		assertNotNull(result(service.completion(new CompletionParams(doc, far))));
		assertNotNull(result(service.codeAction(new CodeActionParams(doc, new Range(far, far), new CodeActionContext(List.of())))));
		assertEquals(List.of(), result(service.rangeFormatting(new DocumentRangeFormattingParams(doc,
				new FormattingOptions(2, true), new Range(far, far)))));
		// a negative position is the start: the keyword `report`, no hover either, but no error
		assertEquals("", hoverAt(new Position(-3, -7)).getContents().getRight().getValue());
	}

	@Test
	void anEditPastTheEndIsAppliedAtTheEnd() throws Exception {
		Position far = new Position(2_000_000, 99);
		long since = System.nanoTime();
		client.send(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(far, far), "// 末尾\n")));
		// the read below goes to the server object directly: it must not overtake the edit
		client.awaitQuiet(uri, since, Duration.ofMillis(200), Duration.ofSeconds(60));
		List<String> state = client.inside.documentAndResourceText(uri);
		assertEquals(text + "// 末尾\n", state.get(0));
		assertEquals(state.get(0), state.get(1), "the resource was parsed from the server's text");
	}
}
