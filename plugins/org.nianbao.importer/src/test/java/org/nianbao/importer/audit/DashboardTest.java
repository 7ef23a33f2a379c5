package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The dashboard page as written: one data document that no text can break out of, and nothing fetched. */
class DashboardTest {

	@Test
	void aHostileNameStaysDataInsideTheEmbeddedDocument() throws Exception {
		String organ = "</script><script>alert(1)</script><!-- \u2028";
		AuditSummary s = new AuditSummary();
		s.reports.add(new AuditSummary.Entry("in/a.nianbao", organ, 2024, "T", 1, 0, List.of(), "ok", "2025-01-01"));
		s.findings.add(new AuditSummary.Item("in/a.nianbao", 3, 4, "error", "NB101", "<b>x</b>", "in/a.nianbao", organ, 2024,
				"申请.新收.总计", "0123456789abcdef", Origins.PUBLICATION));
		Document page = Jsoup.parse(Dashboard.html(s, "审核 <汇总>"));
		assertEquals(2, page.select("script").size(), "the data and the script, nothing injected");
		assertTrue(page.select("script[src], link, img, iframe").isEmpty());
		assertEquals("审核 <汇总>", page.title());
		JsonNode data = new ObjectMapper().readTree(page.selectFirst("script#nianbao-data").data());
		assertEquals(organ, data.get("reports").get(0).get("organ").asText());
		JsonNode f = data.get("findings").get(0);
		assertEquals(0, f.get("report").asInt());
		assertEquals("open", f.get("status").asText());
		assertEquals(3, f.get("textLine").asInt(), "a .nianbao input's findings are on its own lines");
		assertEquals(4, f.get("textColumn").asInt());
		assertEquals(false, data.get("hasBaseline").asBoolean());
	}
}
