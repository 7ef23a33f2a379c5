package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code 上年} in the language server: completion proposes the workspace's reports, go-to-definition
 * leads to last year's report, a document link opens its file, and the cross-year checks run
 * against it (the workspace holds it: validation reads no file).
 */
class PreviousReportTest {

	@TempDir
	Path workspace;

	LspTestClient client;
	String uri;
	String lastUri;
	String text;

	@BeforeEach
	void start() throws Exception {
		text = Files.readString(LanguageServerTest.root().resolve("examples/gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		Path last = workspace.resolve("gangkou-2023.nianbao");
		Files.writeString(last, text.replace("港口镇2024 :", "港口镇2023 :").replace("年度 2024", "年度 2023")
				.replace("2025-01-16", "2024-01-16").replace("港口镇2024年", "港口镇2023年"), StandardCharsets.UTF_8);
		Path report = workspace.resolve("gangkou-2024.nianbao");
		Files.writeString(report, text, StandardCharsets.UTF_8);
		uri = report.toUri().toString();
		lastUri = last.toUri().toString();
		client = new LspTestClient();
		client.initialize(workspace, uri, lastUri);
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}

	@Test
	void lastYearsReportByNameIsCompletedLinkedAndChecked() throws Exception {
		String named = text.replace("  年度 2024\n", "  年度 2024\n  上年 港口镇2023\n");
		List<Diagnostic> diagnostics = client.open(uri, named);
		List<Diagnostic> carry = diagnostics.stream().filter(x -> "NB301".equals(x.getCode().getLeft())).toList();
		assertEquals(2, carry.size(), diagnostics.toString());

		// completion after 上年 proposes the other report, not this one
		String partial = named.replace("上年 港口镇2023", "上年 港口");
		client.change(uri, 2, partial);
		Position end = LanguageServerTest.at(partial, "上年 港口", 0, "上年 港口".length());
		Either<List<CompletionItem>, CompletionList> result = client.server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), end)).get(30, TimeUnit.SECONDS);
		List<String> labels = (result.isLeft() ? result.getLeft() : result.getRight().getItems()).stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("港口镇2023"), labels.toString());
		assertTrue(!labels.contains("港口镇2024"), labels.toString());

		// go-to-definition on the name leads to last year's report
		client.change(uri, 3, named);
		Position onName = LanguageServerTest.at(named, "上年 港口镇2023", 0, 4);
		Either<List<? extends Location>, List<? extends LocationLink>> definition = client.server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), onName)).get(30, TimeUnit.SECONDS);
		List<? extends Location> locations = definition.getLeft();
		assertEquals(1, locations.size(), locations.toString());
		assertEquals(lastUri, locations.get(0).getUri());

		// the document link of the name opens that file
		List<DocumentLink> links = client.server.getTextDocumentService()
				.documentLink(new DocumentLinkParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		assertEquals(1, links.size(), links.toString());
		assertEquals(Path.of(java.net.URI.create(lastUri)), Path.of(java.net.URI.create(links.get(0).getTarget())));
		assertEquals(LanguageServerTest.at(named, "港口镇2023\n", 0, 0), links.get(0).getRange().getStart());
	}

	@Test
	void aPathIsADocumentLinkToTheFile() throws Exception {
		String path = text.replace("  年度 2024\n", "  年度 2024\n  上年 \"gangkou-2023.nianbao\"\n");
		List<Diagnostic> diagnostics = client.open(uri, path);
		assertEquals(2, diagnostics.stream().filter(x -> "NB301".equals(x.getCode().getLeft())).count(),
				diagnostics.toString());
		List<DocumentLink> links = client.server.getTextDocumentService()
				.documentLink(new DocumentLinkParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		assertEquals(1, links.size(), links.toString());
		assertEquals(Path.of(java.net.URI.create(lastUri)), Path.of(java.net.URI.create(links.get(0).getTarget())));
		assertEquals(LanguageServerTest.at(path, "\"gangkou-2023.nianbao\"", 0, 0), links.get(0).getRange().getStart());
		assertEquals(LanguageServerTest.at(path, "\"gangkou-2023.nianbao\"", 0, "\"gangkou-2023.nianbao\"".length()),
				links.get(0).getRange().getEnd());
	}

	@Test
	void aPathOutsideTheWorkspaceIsLoadedBeforeValidation() throws Exception {
		// the workspace does not hold it: the server's validator loads it before the checks run
		Path outside = Files.createTempDirectory("nianbao-outside");
		try {
			Path last = outside.resolve("last-year.nianbao");
			Files.copy(Path.of(java.net.URI.create(lastUri)), last);
			String path = text.replace("  年度 2024\n", "  年度 2024\n  上年 \"" + last.toString().replace("\\", "\\\\") + "\"\n");
			List<Diagnostic> diagnostics = client.open(uri, path);
			assertEquals(2, diagnostics.stream().filter(x -> "NB301".equals(x.getCode().getLeft())).count(),
					diagnostics.toString());
			assertTrue(diagnostics.stream().noneMatch(x -> "NB310".equals(x.getCode().getLeft())), diagnostics.toString());
		} finally {
			try (var files = Files.list(outside)) {
				for (Path f : files.toList()) {
					Files.delete(f);
				}
			}
			Files.delete(outside);
		}
	}
}
