package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.REVIEW_TOTAL;
import static org.nianbao.cli.AuditFixtures.readJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit's dashboard ({@code audit --html}) in headless Chromium: the filters, the sorting, the
 * page of a report with its finding marked in the text and in the table, the years side by side, and
 * the baseline file the page downloads read back by {@code audit --baseline}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditDashboardTest {

	Path tmp;
	Path in, previous, html, json;
	JsonNode audit;
	Chromium chromium;

	@BeforeAll
	void audit(@TempDir Path dir) throws Exception {
		tmp = dir;
		chromium = Chromium.find(tmp);
		in = tmp.resolve("in");
		previous = Files.createDirectories(tmp.resolve("2023"));
		// 港口镇 2024 with a wrong 行政复议 total (NB101 on 复议诉讼.件数.行政复议.总计); 佐龙镇 2024 clean but for NB303
		AuditFixtures.report(in, "a.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL);
		AuditFixtures.report(in, "b.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-20");
		// the published seed 000 (imported: its findings point into the published text)
		Files.copy(CliTestSupport.example("published/seed-001.txt"), in.resolve("c.txt"));
		// last year's 港口镇 carried 3 over, this year's report says 1 came over (NB301); 28 new applications
		AuditFixtures.report(previous, "gangkou-2023.nianbao", "中山市港口镇人民政府", 2023, "2024-01-16",
				new String[] { "结转下年         2 0 0 0 0 0 2", "结转下年         3 0 0 0 0 0 3" },
				new String[] { "新收            24 2 0 0 0 0 26", "新收            26 2 0 0 0 0 28" });
		html = tmp.resolve("audit.html");
		json = tmp.resolve("audit.json");
		Path roster = Files.writeString(tmp.resolve("organs.csv"), "organ,kind,parent\n中山市港口镇人民政府,乡镇,\n"
				+ "中山市佐龙镇人民政府,乡镇,\n中山市南朗镇人民政府,乡镇,\n", StandardCharsets.UTF_8);
		var r = CliTestSupport.run("audit", "--html", html.toString(), "--json", json.toString(), "--previous-dir",
				previous.toString(), "--roster", roster.toString(), "--year", "2024", in.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.out() + r.err());
		audit = readJson(json);
	}

	private Document dom(String fragment) throws Exception {
		return Jsoup.parse(chromium.dom(html, fragment));
	}

	private int count(String code) {
		int n = 0;
		for (JsonNode f : audit.get("findings")) {
			n += code.equals(f.get("code").asText()) ? 1 : 0;
		}
		return n;
	}

	private JsonNode first(String code) {
		for (JsonNode f : audit.get("findings")) {
			if (code.equals(f.get("code").asText())) {
				return f;
			}
		}
		throw new AssertionError("no " + code);
	}

	@Test
	void theDataIsOneEmbeddedDocumentAndNothingIsFetched() throws Exception {
		Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
		assertTrue(page.select("script[src], link[href], img[src], iframe").isEmpty(), "no external resource");
		assertEquals(1, page.select("script#nianbao-data[type=application/json]").size());
		JsonNode data = AuditFixtures.JSON.readTree(page.selectFirst("script#nianbao-data").data());
		assertEquals(audit.get("findings").size(), data.get("findings").size());
		assertEquals(3, data.get("reports").size());
	}

	@Test
	void theRuleFilterShowsExactlyThatRulesFindings() throws Exception {
		Document d = dom("view=findings&code=NB101");
		List<Element> rows = d.select("table#findings tbody tr");
		assertEquals(count("NB101"), rows.size());
		assertEquals(1, rows.size());
		assertEquals("NB101", rows.get(0).selectFirst("td.code").text());
		assertEquals("1 / " + audit.get("findings").size() + " 个问题", d.selectFirst("#count").text());
		// the default view shows them all
		assertEquals(audit.get("findings").size(), dom("").select("table#findings tbody tr").size());
	}

	@Test
	void theOrganSeverityAndOriginFiltersCombine() throws Exception {
		int expected = 0;
		for (JsonNode f : audit.get("findings")) {
			expected += f.get("organ").asText().contains("佐龙镇") && "warning".equals(f.get("severity").asText()) ? 1 : 0;
		}
		List<Element> rows = dom("view=findings&organ=佐龙镇&severity=warning").select("table#findings tbody tr");
		assertEquals(expected, rows.size());
		assertTrue(expected > 0);
		rows.forEach(r -> assertEquals("中山市佐龙镇人民政府", r.select("td").get(1).text()));
		int imports = 0;
		for (JsonNode f : audit.get("findings")) {
			imports += "import".equals(f.get("origin").asText()) ? 1 : 0;
		}
		assertTrue(imports > 0, "seed 001's import has messages");
		assertEquals(imports, dom("view=findings&origin=import").select("table#findings tbody tr").size());
	}

	@Test
	void sortingByOrganDescending() throws Exception {
		List<String> organs = new ArrayList<>();
		dom("view=findings&sort=organ&dir=desc").select("table#findings tbody tr").forEach(r -> organs.add(r.select("td").get(1).text()));
		assertEquals(audit.get("findings").size(), organs.size());
		List<String> sorted = new ArrayList<>(organs);
		sorted.sort(java.util.Comparator.reverseOrder());
		assertEquals(sorted, organs);
		assertFalse(organs.get(0).equals(organs.get(organs.size() - 1)), "more than one organ");
	}

	@Test
	void aReportsPageMarksTheFindingInTheTextAndItsCellInTheTable() throws Exception {
		JsonNode nb101 = first("NB101");
		int report = -1;
		JsonNode reports = audit.get("reports");
		for (int i = 0; i < reports.size(); i++) {
			if (reports.get(i).get("input").asText().endsWith("a.nianbao")) {
				report = i;
			}
		}
		Document d = dom("report=" + report);
		assertEquals("中山市港口镇人民政府 2024", d.selectFirst("#report-title").text());
		// every cell with a finding marked, and no other
		Set<String> cells = new java.util.HashSet<>();
		for (JsonNode f : audit.get("findings")) {
			if (f.get("input").asText().endsWith("a.nianbao") && !f.get("cell").isNull()) {
				cells.add(f.get("cell").asText());
			}
		}
		assertEquals(cells, Set.copyOf(d.select("table.cells td.marked").eachAttr("data-cell")));
		Element cell = d.selectFirst("table.cells td.marked[data-cell=\"复议诉讼.件数.行政复议.总计\"]");
		assertNotNull(cell, d.select("#app").html());
		assertEquals(nb101.get("cell").asText(), cell.attr("data-cell"));
		assertEquals("3", cell.text());
		assertTrue(cell.attr("title").contains("[NB101]"));
		// the line of the report's text the finding is on, the cell's number marked
		Element line = d.getElementById("p1l" + nb101.get("line").asInt());
		assertNotNull(line);
		assertTrue(line.hasClass("hit"));
		assertTrue(line.select("mark").eachText().contains("3"), line.outerHtml());
		assertTrue(line.attr("title").contains("[NB101]"));
		assertEquals(d.select("table#report-findings tbody tr").size(), reports.get(report).get("errors").asInt()
				+ reports.get(report).get("warnings").asInt() + infos(reports.get(report).get("input").asText()));
	}

	private int infos(String input) {
		int n = 0;
		for (JsonNode f : audit.get("findings")) {
			n += f.get("input").asText().startsWith(input) && "info".equals(f.get("severity").asText()) ? 1 : 0;
		}
		return n;
	}

	@Test
	void anImportedReportsPageShowsThePublishedTextWithTheFindingsAtTheirSourceLines() throws Exception {
		int report = -1;
		JsonNode reports = audit.get("reports");
		for (int i = 0; i < reports.size(); i++) {
			if (reports.get(i).get("input").asText().endsWith("c.txt")) {
				report = i;
			}
		}
		Document d = dom("report=" + report);
		String published = Files.readString(in.resolve("c.txt"), StandardCharsets.UTF_8);
		// the text is the published file as read, line for line
		String[] lines = published.split("\r\n|\r|\n", -1);
		assertEquals(lines.length, d.select("#published > div[id^=p1l]").size(), "lines");
		assertEquals(lines[2].strip(), d.getElementById("p1l3").ownText().strip());
		int placed = 0;
		for (JsonNode f : audit.get("findings")) {
			if (f.get("input").asText().startsWith(reports.get(report).get("input").asText()) && f.has("source")) {
				Element line = d.getElementById("p" + f.get("source").get("page").asInt() + "l" + f.get("source").get("line").asInt());
				assertNotNull(line, f.toString());
				assertTrue(line.hasClass("hit") && !line.select("mark").isEmpty(), line.outerHtml());
				assertTrue(line.attr("title").contains("[" + f.get("code").asText() + "]"));
				placed++;
			}
		}
		assertTrue(placed > 0, "seed 001 has findings placed in its published text");
	}

	@Test
	void theYearsSideBySideShowTheKeyFiguresTrendsAndCrossYearFindings() throws Exception {
		Document d = dom("view=years");
		Element organ = d.selectFirst("section.organ");
		assertNotNull(organ, d.select("#app").html());
		assertEquals("中山市港口镇人民政府", organ.selectFirst("h3").text());
		assertEquals(List.of("指标", "2023", "2024", "趋势"), organ.select("table.years thead th").eachText());
		Element newApplications = organ.selectFirst("tr[data-figure=新收]");
		assertEquals(List.of("28", "26"), newApplications.select("td.n").eachText());
		assertEquals("新收", newApplications.selectFirst("th").text());
		assertEquals(2, newApplications.select("svg.trend circle").size());
		assertEquals("28 → 26", newApplications.selectFirst("svg.trend").attr("aria-label"));
		assertEquals(Set.of("新收", "办理结果", "结转下年", "复议", "诉讼", "现行有效", "repeat", "text"),
				Set.copyOf(organ.select("tr[data-figure]").eachAttr("data-figure")));
		assertEquals(List.of("3", "2"), organ.selectFirst("tr[data-figure=结转下年]").select("td.n").eachText());
		// the same narrative both years: 五 and the whole text alike
		assertEquals(List.of("", "100%"), organ.selectFirst("tr[data-figure=repeat]").select("td.n").stream().map(Element::text).toList());
		assertTrue(organ.selectFirst("tr[data-figure=repeat] th").text().contains("五、存在的主要问题及改进情况"));
		assertTrue(organ.select("ul.crossyear li").eachText().stream().anyMatch(t -> t.startsWith("NB301")),
				organ.select("ul.crossyear").text());
		assertEquals(1, d.select("section.organ").size(), "佐龙镇 and 进化镇 have one year and no cross-year finding");
	}

	@Test
	void theRosterListsAsTables() throws Exception {
		Document d = dom("view=roster");
		assertEquals("未报 missing（1）", d.getElementById("roster-missing").text());
		assertEquals(List.of("中山市南朗镇人民政府"), d.select("table[data-list=missing] tbody td:eq(0)").eachText());
		assertEquals(0, d.select("table[data-list=late]").size());
		assertEquals("逾期 late（0）", d.getElementById("roster-late").text());
		assertEquals(audit.get("roster").get("missing").size(), d.select("table[data-list=missing] tbody tr").size());
	}

	@Test
	void theBaselineThePageDownloadsIsReadByAuditBaseline() throws Exception {
		JsonNode nb101 = first("NB101");
		String fp = nb101.get("fingerprint").asText();
		Document d = dom("view=findings&set=" + fp + "~dismissed~已与机关核实&export=1");
		// the decision shows in the table
		Element row = d.selectFirst("table#findings tr[data-fp=" + fp + "]");
		assertEquals("dismissed", row.selectFirst("select option[selected]").val());
		assertEquals("已与机关核实", row.selectFirst("input.reason").val());
		String exported = d.getElementById("baseline-export").text();
		JsonNode baseline = AuditFixtures.JSON.readTree(exported);
		assertEquals(Set.of("findings"), Set.copyOf(iterable(baseline.fieldNames())));
		Set<String> fingerprints = new java.util.HashSet<>();
		audit.get("findings").forEach(f -> fingerprints.add(f.get("fingerprint").asText()));
		assertEquals(fingerprints.size(), baseline.get("findings").size());
		for (JsonNode e : baseline.get("findings")) {
			assertEquals(List.of("fingerprint", "code", "organ", "year", "cell", "message", "status", "reason"), iterable(e.fieldNames()));
			assertEquals(e.get("fingerprint").asText().equals(fp) ? "dismissed" : "open", e.get("status").asText());
		}
		Path downloaded = Files.writeString(tmp.resolve("downloaded.json"), exported);
		Path again = tmp.resolve("again.json");
		Path againHtml = tmp.resolve("again.html");
		var r = CliTestSupport.run("audit", "--baseline", downloaded.toString(), "--json", again.toString(), "--html",
				againHtml.toString(), "--previous-dir", previous.toString(), in.toString());
		JsonNode second = readJson(again);
		for (JsonNode f : second.get("findings")) {
			String expected = f.get("fingerprint").asText().equals(fp) ? "dismissed" : "unchanged";
			assertEquals(expected, f.get("baseline").asText(), f.toString());
		}
		assertEquals("已与机关核实", first(second, "NB101").get("reason").asText());
		// the only error is dismissed: the run does not fail
		assertEquals(ExitCodes.OK, r.code(), r.out() + r.err());
		// and the page of that run filters by the baseline state
		List<Element> dismissed = Jsoup.parse(chromium.dom(againHtml, "view=findings&baseline=dismissed")).select("table#findings tbody tr");
		assertEquals(1, dismissed.size());
		assertEquals("NB101", dismissed.get(0).selectFirst("td.code").text());
		assertEquals("已排除", dismissed.get(0).selectFirst("td.baseline").text());
		assertEquals("已与机关核实", dismissed.get(0).selectFirst("input.reason").val(), "the reason the baseline holds");
		assertEquals(second.get("findings").size() - 1,
				Jsoup.parse(chromium.dom(againHtml, "view=findings&baseline=unchanged")).select("table#findings tbody tr").size());
	}

	private static JsonNode first(JsonNode root, String code) {
		for (JsonNode f : root.get("findings")) {
			if (code.equals(f.get("code").asText())) {
				return f;
			}
		}
		throw new AssertionError(code);
	}

	private static List<String> iterable(java.util.Iterator<String> it) {
		List<String> l = new ArrayList<>();
		it.forEachRemaining(l::add);
		return l;
	}

	@Test
	void aScreenshotOfAReportsPage() throws Exception {
		Path png = Path.of("target", "dashboard-report.png").toAbsolutePath();
		Files.createDirectories(png.getParent());
		Files.deleteIfExists(png);
		// the imported seed 001: its published text with the findings marked, and its tables
		chromium.screenshot(html, "report=2&finding=" + findingOf("c.txt"), png, 1400, 1000);
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 20_000, "a page with text, not a blank one: " + bytes.length);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
		System.out.println("dashboard screenshot: " + png);
	}

	private int findingOf(String input) {
		int i = 0;
		for (JsonNode f : audit.get("findings")) {
			if (f.get("input").asText().contains(input) && f.has("source")) {
				return i;
			}
			i++;
		}
		throw new AssertionError("no finding of " + input + " placed in its published text");
	}

	@Test
	void thePageRecordsHowLongItTookToOpenAndFilter() throws Exception {
		Document d = dom("view=findings&bench=1");
		double open = Double.parseDouble(d.body().attr("data-open-ms"));
		double filter = Double.parseDouble(d.body().attr("data-filter-ms"));
		assertTrue(open > 0 && filter >= 0);
		int errors = audit.get("totals").get("errors").asInt();
		assertEquals(errors + " / " + audit.get("findings").size() + " 个问题", d.body().attr("data-filter-count"));
		System.out.printf("dashboard, %d reports: open %.1f ms, filter %.1f ms (headless Chromium)%n", audit.get("reports").size(),
				open, filter);
	}
}
