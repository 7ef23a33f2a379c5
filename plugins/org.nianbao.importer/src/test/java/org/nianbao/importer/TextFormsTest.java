package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples rewritten into the text forms real pages take, imported to the samples' own numbers:
 * the whole page on one line (cells separated by single spaces, or run together with no separator
 * at all), and OCR-style Markdown (placeholder column headers, the header repeated inside the table,
 * `-` filling header cells, a misread character in a row label).
 */
class TextFormsTest {

	private static Map<String, List<BigDecimal>> direct(int seed) throws Exception {
		return ImportFixtures.cells(ImportFixtures.parse(ImportFixtures.importText("s.txt", ImportFixtures.seedText(seed)).source()));
	}

	private static List<String> lines(int seed) {
		return ImportFixtures.seedText(seed).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static List<String> cellsOf(String pipeRow) {
		List<String> cells = new ArrayList<>();
		for (String c : pipeRow.split("\\|")) {
			if (!c.isBlank()) {
				cells.add(c.strip());
			}
		}
		return cells;
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void thePageOnOneLineWithSpacesBetweenCellsImportsToTheSameNumbers(int seed) throws Exception {
		String oneLine = lines(seed).stream().map(l -> l.contains("|") ? String.join(" ", cellsOf(l)) : l)
				.collect(Collectors.joining(" "));
		assertEquals(1, oneLine.lines().count());
		var r = ImportFixtures.importText("one.txt", oneLine);
		assertEquals(direct(seed), ImportFixtures.cells(ImportFixtures.parse(r.source())), "seed " + seed);
	}

	/**
	 * The page as a CMS writes it that never closes its `<div>`s: every line a paragraph in one more
	 * `<div>`, hundreds deep by the end (jsoup 1.22's position tracking failed on it with a
	 * NullPointerException beyond 256). The samples whose cells stand one to a line.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 2 })
	void aPageOfDivsNeverClosedImportsToTheSameNumbers(int seed) throws Exception {
		StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
		List<String> lines = lines(seed);
		for (String line : lines) {
			html.append("<div class=\"TRS_Editor\"><p>").append(org.jsoup.nodes.Entities.escape(line)).append("</p>\n");
		}
		html.append("</body></html>");
		assertTrue(lines.size() > 300, "seed " + seed + ": " + lines.size() + " lines");
		var r = ImportFixtures.importer().importBytes("unclosed.html", html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
				Importer.TemplateChoice.AUTO);
		assertEquals(direct(seed), ImportFixtures.cells(ImportFixtures.parse(r.source())), "seed " + seed);
	}

	/**
	 * The six section headings numbered as parts or chapters (`第三部分 收到和处理…`, `第三章、…`)
	 * instead of `三、`: the same numbers.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void sectionHeadingsNumberedAsPartsOrChaptersImportToTheSameNumbers(int seed) throws Exception {
		java.util.regex.Pattern heading = java.util.regex.Pattern
				.compile("(?m)^(\\s*)([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)");
		for (String form : List.of("第$2部分 $3", "第$2章、$3")) {
			java.util.regex.Matcher m = heading.matcher(ImportFixtures.seedText(seed));
			assertEquals(6, m.results().count(), "seed " + seed + ": its six headings");
			String text = m.replaceAll("$1" + form);
			var r = ImportFixtures.importText("parts.txt", text);
			assertEquals(direct(seed), ImportFixtures.cells(ImportFixtures.parse(r.source())), "seed " + seed + ", " + form);
		}
	}

	/**
	 * Cells run together with no separator: the digits are split by the template's relations where
	 * they decide them; every other cell is left unreadable and reported. Never a wrong number.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void thePageOnOneLineWithCellsRunTogetherGivesNoWrongNumber(int seed) throws Exception {
		String oneLine = lines(seed).stream().map(l -> l.contains("|") ? String.join("", cellsOf(l)) : l)
				.collect(Collectors.joining(""));
		var r = ImportFixtures.importText("run.txt", oneLine);
		Map<String, List<BigDecimal>> want = direct(seed), got = ImportFixtures.cells(ImportFixtures.parse(r.source()));
		int same = 0, unread = 0;
		for (var e : want.entrySet()) {
			List<BigDecimal> g = got.get(e.getKey());
			for (int c = 0; c < e.getValue().size(); c++) {
				BigDecimal w = e.getValue().get(c), v = g == null ? null : g.get(c);
				if (v == null && w != null) {
					unread++;
				} else {
					assertEquals(w, v, "seed " + seed + " " + e.getKey() + " column " + c + ": a wrong number");
					same++;
				}
			}
		}
		if (unread > 0) {
			assertTrue(r.messages().stream().anyMatch(m -> m.isError() && (m.code().equals(ImportCodes.AMBIGUOUS_DIGITS)
					|| m.code().equals(ImportCodes.UNREADABLE_ROW))), "what is not read is reported");
		}
		// The relations decide most of a report whose cells ran together (the application matrix's totals).
		assertTrue(same >= 3 * (same + unread) / 4, "seed " + seed + ": " + same + " read, " + unread + " unreadable");
	}

	/** The sample as an OCR or PDF-to-Markdown tool prints it: headings and paragraphs, each table as pipe rows. */
	static String ocrMarkdown(int seed) throws Exception {
		ImportedReport report = ImportFixtures.importText("s.txt", ImportFixtures.seedText(seed)).report();
		List<String> out = new ArrayList<>();
		out.add(report.title);
		for (ImportedReport.Section section : report.sections) {
			out.add(section.def.getHeading());
			for (Object o : section.contents) {
				if (o instanceof ImportedReport.Text p) {
					out.add(p.text());
				} else if (o instanceof ImportedReport.Table t) {
					out.add(t.def.getCaption());
					int columns = t.rows.get(0).cells().size();
					List<String> header = new ArrayList<>(List.of("-"));
					for (int i = 1; i <= columns; i++) {
						header.add("数据" + i); // a converter's placeholder column names, `-` filling the label block
					}
					out.add("| " + String.join(" | ", header) + " |");
					out.add("|" + "---|".repeat(columns + 1));
					int n = 0;
					for (ImportedReport.Row row : t.rows) {
						if (++n == 12) {
							out.add("| " + String.join(" | ", header) + " |"); // the header repeated after a page break
							out.add("|" + "---|".repeat(columns + 1));
						}
						List<String> cells = new ArrayList<>(List.of(row.leaf().getLabel().replace("国家秘密", "国家秘蜜")));
						for (ImportedReport.Cell c : row.cells()) {
							cells.add(c.value() == null ? "" : c.value().toPlainString());
						}
						out.add("| " + String.join(" | ", cells) + " |");
					}
				}
			}
		}
		return String.join("\n", out);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void ocrMarkdownWithPlaceholderHeadersAndAMisreadLabelImportsToTheSameNumbers(int seed) throws Exception {
		var r = ImportFixtures.importText("ocr.md", ocrMarkdown(seed));
		assertEquals(direct(seed), ImportFixtures.cells(ImportFixtures.parse(r.source())), "seed " + seed);
		assertTrue(r.messages().stream().anyMatch(m -> m.code().equals(ImportCodes.FUZZY_LABEL) && m.message().contains("国家秘蜜")),
				r.messages().toString());
	}
}
