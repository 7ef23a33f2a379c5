package org.nianbao.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.importer.ImportFixtures;

/**
 * The lines the HTML reader finds for elements without jsoup's position tracking are jsoup's own,
 * for every element it claims to know, on pages as the generator, Word-style exports and hand
 * editing leave them, and on mutations of them; where the parser dropped or implied elements of a
 * name, it claims none of that name.
 */
public class HtmlTagLinesTest {

	/** Asserts the agreement on one page; returns how many elements had a line (0 when the page had a parse error). */
	public static int assertLinesAgree(String html) {
		HtmlTagLines lines = HtmlTagLines.parse(html);
		if (lines == null) {
			return 0;
		}
		Document plain = lines.document();
		Document tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
		List<Element> a = plain.getAllElements(), b = tracked.getAllElements();
		assertEquals(b.size(), a.size());
		int known = 0;
		for (int i = 0; i < a.size(); i++) {
			int line = lines.line(a.get(i));
			if (line >= 0) {
				known++;
				Element el = a.get(i);
				int want = b.get(i).sourceRange().start().lineNumber();
				assertEquals(want, line, () -> "<" + el.normalName() + "> in\n" + around(html, want) + "\n----\n" + around(html, line));
			}
		}
		return known;
	}

	private static String around(String html, int line) {
		String[] lines = html.split("\n", -1);
		return String.join("\n", java.util.Arrays.asList(lines).subList(Math.max(0, line - 3), Math.min(lines.length, line + 1)));
	}

	private static String generated(String example) throws Exception {
		var report = ImportFixtures.parse(ImportFixtures.root().resolve("examples").resolve(example));
		ReportView view = ReportView.of(report, example, List.of(), ImportFixtures.injector().getInstance(ArithmeticComputer.class));
		return new HtmlGenerator().generate(view);
	}

	private static final String WORDISH = """
			<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\r
			<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8">\r
			<TITLE>报告 <p>不是标签</p></TITLE><STYLE>p > span { color: red } <td></STYLE>\r
			<script>var s = "<table><tr><td>";</script></HEAD>\r
			<BODY lang=ZH-CN><!-- <p>注释里的标签</p> --><div class=WordSection1>\r
			<p class=MsoNormal><span lang=EN-US title="a > b" data-x='<td>'>一、总体情况<o:p></o:p></span></p>\r
			<table class=MsoTableGrid border=1><tr><td rowspan=2><p>新收</p></td><td>&nbsp;</td>\r
			<td\r
			  width=54>3</td></tr>\r
			<tr><TD>4<o:p>&nbsp;</o:p></TD><td><font face="宋体">5</font></td></tr></table>\r
			<p>结束</p></div></BODY></HTML>
			""";

	@Test
	void linesAreJsoupsOnGeneratedWordStyleAndHandMadePages() throws Exception {
		List<String> pages = new ArrayList<>(List.of(generated("gangkou-2024.nianbao"), generated("enping-2024.nianbao"), WORDISH,
				WORDISH.replace("\r", ""), WORDISH.replace("\r\n", "\n\n"),
				// implied and dropped elements: a stray </p> implies a p; a td outside any table is dropped
				"<body><p>a</p></p>\n<td>x</td><table><td>1</td></table>\n<p>b</p></body>",
				"<p>no body tag\n<table><tr><td>1<td>2</table>"));
		for (String page : pages) {
			assertLinesAgree(page);
		}
		// the clean pages need no fallback: every cell and paragraph has its line
		for (String page : pages.subList(0, 5)) {
			HtmlTagLines lines = HtmlTagLines.parse(page);
			assertTrue(lines != null, page);
			assertTrue(assertLinesAgree(page) > 10, page);
			for (Element el : lines.document().select("td, th, p, div, h1, h2, h3")) {
				assertTrue(lines.line(el) >= 1, el.outerHtml());
			}
		}
		// a page the parser had to repair (a stray </p>, a cell outside any table) is left to jsoup's tracking
		assertEquals(null, HtmlTagLines.parse(pages.get(5)));
	}

	@Test
	void linesAreJsoupsOnMutatedPages() throws Exception {
		String base = generated("enping-2024.nianbao");
		Random random = new Random(11);
		String[] inserts = { "<", ">", "\"", "'", "\n", "<!--", "-->", "</p>", "<p>", "<td>", "</table>", "<script>", "=", "<o:p>" };
		int pages = 0, fast = 0;
		for (String seed : List.of(base, WORDISH)) {
			for (int k = 0; k < 150; k++) {
				StringBuilder sb = new StringBuilder(seed);
				for (int m = 0; m < 1 + random.nextInt(4); m++) {
					int at = random.nextInt(sb.length());
					if (random.nextBoolean()) {
						sb.insert(at, inserts[random.nextInt(inserts.length)]);
					} else {
						sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(6)));
					}
				}
				if (assertLinesAgree(sb.toString()) > 0) {
					fast++;
				}
				pages++;
			}
		}
		assertEquals(300, pages);
		// mutations that keep the page clean are read the fast way and agree (most break it)
		assertTrue(fast > 10, fast + " of 300 read without tracking");
		assertTrue(base.getBytes(StandardCharsets.UTF_8).length > 1000);
	}
}
