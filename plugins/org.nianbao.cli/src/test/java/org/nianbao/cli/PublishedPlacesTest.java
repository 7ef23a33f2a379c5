package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A fault planted in a published report is found, after import, at its place in the published file:
 * `validate --format json` gives the `source` {file, page, line, column}, the text output adds
 * （原文 第N页第M行）, SARIF a related location; the places survive `nianbao fmt`. For a text page
 * (with its form feeds), an HTML page and a PDF.
 */
class PublishedPlacesTest {

	/** The NB101/NB102 finding on 新收/自然人 of a report imported from {@code published}. */
	private static JsonNode findingOnNewRequests(Path published, Path dir) throws Exception {
		Path report = dir.resolve("r.nianbao");
		var imported = CliTestSupport.run("import", "-o", report.toString(), published.toString());
		assertTrue(Files.exists(report), imported.err());
		var v = CliTestSupport.run("validate", "--format", "json", report.toString());
		for (JsonNode f : new ObjectMapper().readTree(v.out())) {
			if (f.has("cell") && f.get("cell").get("row").asText().equals("新收") && f.get("cell").get("column").asText().equals("自然人")) {
				return f;
			}
		}
		throw new AssertionError("no finding on 新收/自然人: " + v.out());
	}

	@Test
	void aTextPagesFaultIsAtItsPageAndLine(@TempDir Path dir) throws Exception {
		String all = Files.readString(CliTestSupport.root().resolve("examples/corpus/huaian-city-2024.txt").normalize(),
				StandardCharsets.UTF_8);
		String text = all.substring(all.indexOf('\n') + 1).replace("申请数量                3001", "申请数量                3002");
		Path published = Files.writeString(dir.resolve("huaian.txt"), text);
		// where the planted number is, counted independently: pages by form feed, lines on the page
		String[] lines = text.split("\n", -1);
		int page = 1, pageStart = 0, line = -1, column = -1;
		for (int i = 0; i < lines.length && line < 0; i++) {
			if (lines[i].indexOf('\f') >= 0) {
				page += (int) lines[i].chars().filter(c -> c == '\f').count();
				pageStart = i;
			}
			int at = lines[i].indexOf("3002");
			if (at >= 0) {
				line = i - pageStart + 1;
				column = at + 1 - (int) lines[i].substring(0, at).chars().filter(c -> c == '\f').count();
			}
		}
		JsonNode f = findingOnNewRequests(published, dir);
		JsonNode src = f.get("source");
		assertNotNull(src, f.toString());
		assertEquals(published.toString(), src.get("file").asText());
		assertEquals(4, page);
		assertEquals(page, src.get("page").asInt());
		assertEquals(line, src.get("line").asInt());
		assertEquals(column, src.get("column").asInt());

		// the text output says it, and SARIF points into the published file
		Path report = dir.resolve("r.nianbao");
		var t = CliTestSupport.run("validate", report.toString());
		assertTrue(t.out().contains("（原文 第4页第" + line + "行）"), t.out());
		JsonNode sarif = new ObjectMapper().readTree(CliTestSupport.run("validate", "--format", "sarif", report.toString()).out());
		boolean related = false;
		for (JsonNode r : sarif.get("runs").get(0).get("results")) {
			for (JsonNode rl : r.path("relatedLocations")) {
				related |= rl.get("physicalLocation").get("artifactLocation").get("uri").asText().endsWith("huaian.txt")
						&& rl.get("physicalLocation").get("region").get("startLine").asInt() == line;
			}
		}
		assertTrue(related, "a related location in the published file");

		// the audit's JSON carries the place too
		Path auditDir = Files.createDirectories(dir.resolve("batch"));
		Files.copy(published, auditDir.resolve("huaian.txt"));
		Path json = dir.resolve("audit.json"), html = dir.resolve("audit.html");
		CliTestSupport.run("audit", "--json", json.toString(), "--html", html.toString(), auditDir.toString());
		boolean placed = false;
		for (JsonNode a : new ObjectMapper().readTree(json.toFile()).get("findings")) {
			placed |= a.has("source") && a.get("source").get("page").asInt() == 4 && a.get("source").get("line").asInt() == line
					&& "NB102".equals(a.get("code").asText());
		}
		assertTrue(placed, "the audit's finding names its published page and line");
		// and its page quotes the published line the finding is on
		org.jsoup.nodes.Document auditPage = org.jsoup.Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
		List<String> quotes = new java.util.ArrayList<>();
		new ObjectMapper().readTree(auditPage.selectFirst("script#nianbao-data").data()).get("findings")
				.forEach(q -> quotes.add(q.path("quote").asText()));
		assertTrue(quotes.stream().anyMatch(q -> q.startsWith("一、本年新收政府信息公开申请数量") && q.contains("3002")), quotes.toString());

		// nianbao fmt keeps the places
		String before = Files.readString(report);
		Files.writeString(report, before.replace("\n  ", "\n    "));
		assertEquals(0, CliTestSupport.run("fmt", report.toString()).code());
		assertEquals(src, findingAfterFmt(report));
	}

	private static JsonNode findingAfterFmt(Path report) throws Exception {
		var v = CliTestSupport.run("validate", "--format", "json", report.toString());
		for (JsonNode f : new ObjectMapper().readTree(v.out())) {
			if (f.has("cell") && f.get("cell").get("row").asText().equals("新收") && f.get("cell").get("column").asText().equals("自然人")) {
				return f.get("source");
			}
		}
		throw new AssertionError(v.out());
	}

	@Test
	void anHtmlPagesFaultIsAtItsLine(@TempDir Path dir) throws Exception {
		assertEquals(0, CliTestSupport.run("generate", "--html", "--out-dir", dir.toString(),
				CliTestSupport.example("gangkou-2024.nianbao").toString()).code());
		String html = Files.readString(dir.resolve("gangkou-2024.html"), StandardCharsets.UTF_8);
		// plant the fault in the published page itself: 新收/自然人 24 → 25, on a line of its own
		int row = html.indexOf("一、本年新收政府信息公开申请数量");
		int cell = html.indexOf(">24<", row);
		assertTrue(row > 0 && cell > row, "the page has the row");
		String planted = html.substring(0, cell) + ">\n25<" + html.substring(cell + 3);
		Path published = Files.writeString(dir.resolve("page.html"), planted);
		int line = (int) planted.substring(0, cell + 2).chars().filter(c -> c == '\n').count() + 1;
		JsonNode src = findingOnNewRequests(published, dir).get("source");
		assertNotNull(src);
		assertEquals(1, src.get("page").asInt());
		// the cell's element starts on the line of its opening tag, the number on the next
		assertTrue(src.get("line").asInt() == line || src.get("line").asInt() == line - 1, src + " vs line " + line);
	}

	@Test
	void aPdfsFaultIsOnItsPage(@TempDir Path dir) throws Exception {
		Path report = Files.writeString(dir.resolve("faulty.nianbao"),
				Files.readString(CliTestSupport.example("gangkou-2024.nianbao")).replaceFirst("新收\\s+24", "新收 25"));
		var g = CliTestSupport.run("generate", "--pdf", "--force", "--out-dir", dir.toString(), report.toString());
		if (g.code() == ExitCodes.USAGE && g.err().contains("LibreOffice")) {
			if (System.getenv("CI") != null) {
				fail("LibreOffice not installed (CI is set): " + g.err());
			}
			Assumptions.abort("LibreOffice not installed");
		}
		Path pdf = dir.resolve("faulty.pdf");
		assertTrue(Files.exists(pdf), g.err());
		// the page the row is on, by poppler, independently of the importer's reader
		int page = -1;
		for (int p = 1; p <= 12 && page < 0; p++) {
			Process pr = new ProcessBuilder("pdftotext", "-layout", "-f", "" + p, "-l", "" + p, pdf.toString(), "-")
					.redirectErrorStream(true).start();
			String out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(pr.waitFor(60, TimeUnit.SECONDS));
			if (out.contains("一、本年新收政府信息公开申请数量")) {
				page = p;
			}
		}
		assertTrue(page > 0);
		Path sub = Files.createDirectories(dir.resolve("imported"));
		Path published = Files.copy(pdf, sub.resolve("faulty.pdf"));
		JsonNode src = findingOnNewRequests(published, sub).get("source");
		assertNotNull(src);
		assertEquals(page, src.get("page").asInt());
		// the line is the page's text line as the PDF's text layer lays it out: it holds the row and its fault
		String[] pages = org.nianbao.importer.source.PdfReader.layout(Files.readAllBytes(pdf)).split("\f", -1);
		String[] lines = pages[page - 1].split("\n", -1);
		int line = src.get("line").asInt();
		assertTrue(line >= 1 && line <= lines.length, src.toString());
		String at = lines[line - 1];
		assertTrue(at.contains("一、本年新收政府信息公开申请数量") && at.contains("25"), "line " + line + " of page " + page + ": " + at);
	}

}
