package org.nianbao.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.TestReports;

/** The 版记 in the HTML from the same layout specification as the DOCX's. */
class HtmlImprintTest {

	@Test
	void theImprintFollowsTheSignatureBetweenItsRules(@TempDir Path dir) throws IOException {
		Document d = Jsoup.parse(new HtmlGenerator().generate(TestReports.gangkouWithImprint(dir)));
		Element imprint = d.selectFirst("main > footer.imprint");
		assertTrue(imprint != null && "signature".equals(imprint.previousElementSibling().className()), d.select("main > *").toString());
		assertEquals("抄送：市政府办公室，市政务服务数据管理局。", imprint.selectFirst("p.copy-to").text());
		assertEquals("中山市港口镇党政办公室", imprint.selectFirst("p.printed .printer").text());
		assertEquals("2025年1月16日印发", imprint.selectFirst("p.printed .print-date").text());
		String css = d.selectFirst("style").data();
		// 7.4: 4 号 (14 pt), the first and last rules 0.35 mm, the middle one 0.25 mm; printed on a left-hand (even) page
		assertTrue(css.contains(".imprint { margin-top: 3em; font-size: 14pt; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; }"), css);
		assertTrue(css.contains(".imprint .copy-to { border-bottom: 0.25mm solid #000;"), css);
		assertTrue(css.contains(".imprint { break-before: left; }"), css);
	}

	@Test
	void aReportThatDoesNotAskHasNone() {
		Document d = Jsoup.parse(new HtmlGenerator().generate(TestReports.gangkou()));
		assertNull(d.selectFirst(".imprint"));
	}
}
