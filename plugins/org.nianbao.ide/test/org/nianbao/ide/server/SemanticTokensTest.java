package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens through the protocol: the legend advertised, and real tokens for rows and cells by kind. */
class SemanticTokensTest {

	/** 新收 with a note on 24, a blank for 科研机构 and auto for the total. */
	static final String ROW = "      新收            24 2 0 0 0 0 26";
	static final String MARKED = "      新收 24 \"含电话申请\" 2 - 0 0 0 auto";

	@TempDir
	Path workspace;

	LspTestClient client;
	InitializeResult init;
	String uri;
	String text;

	/** A decoded token: its type and modifier names. */
	record Token(String type, List<String> modifiers, int length) {
	}

	@BeforeEach
	void start() throws Exception {
		text = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"), StandardCharsets.UTF_8)
				.replace(ROW, MARKED);
		uri = workspace.resolve("report.nianbao").toUri().toString();
		client = new LspTestClient();
		init = client.initialize(LspTestClient.params());
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	Map<Position, Token> tokens() throws Exception {
		client.open(uri, text);
		List<Integer> data = client.server.getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS)
				.getData();
		SemanticTokensLegend legend = init.getCapabilities().getSemanticTokensProvider().getLegend();
		Map<Position, Token> tokens = new HashMap<>();
		int line = 0, character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.put(new Position(line, character),
					new Token(legend.getTokenTypes().get(data.get(i + 3)), modifiers, data.get(i + 2)));
		}
		return tokens;
	}

	Token at(Map<Position, Token> tokens, String before) {
		Position p = LanguageServerTest.at(text, MARKED, 0, before.length());
		Token t = tokens.get(p);
		assertNotNull(t, "no token at " + p + " (" + before + "|)");
		return t;
	}

	@Test
	void theCapabilityIsAdvertisedWithNianbaosLegend() {
		var provider = init.getCapabilities().getSemanticTokensProvider();
		assertEquals(true, provider.getFull().getLeft());
		assertEquals(List.of("property", "enumMember", "number"), provider.getLegend().getTokenTypes());
		assertTrue(provider.getLegend().getTokenModifiers().containsAll(List.of("derived", "blank", "auto", "noted")));
	}

	@Test
	void rowsAndCellsAreTokensByKind() throws Exception {
		Map<Position, Token> tokens = tokens();
		assertEquals(new Token("property", List.of(), 2), at(tokens, "      "));
		assertEquals(new Token("number", List.of("noted"), 2), at(tokens, "      新收 "));
		assertEquals(new Token("number", List.of(), 1), at(tokens, "      新收 24 \"含电话申请\" "));
		assertEquals(new Token("number", List.of("blank"), 1), at(tokens, "      新收 24 \"含电话申请\" 2 "));
		// the total column is derived
		assertEquals(new Token("number", List.of("derived", "auto"), 4), at(tokens, "      新收 24 \"含电话申请\" 2 - 0 0 0 "));
		// every row of the report is a token: as many row keys as the table 申请 has rows, and more
		long rows = tokens.values().stream().filter(t -> t.type().equals("property")).count();
		assertTrue(rows > 24, "row keys: " + rows);
	}
}
