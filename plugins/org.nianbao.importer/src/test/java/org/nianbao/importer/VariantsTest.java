package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/**
 * Variants inside real tables map with a warning and cause no false arithmetic error: a 2021 report
 * printing one （六）其他处理 row instead of its rows 1–3, and a 2019 label (规范性文件) in a 2021 table.
 */
class VariantsTest {

	private static String seed4() {
		return ImportFixtures.seedText(4);
	}

	@Test
	void aGroupPrintedAsOneRowKeepsItsNumbersAsTheGroupsTotalAndNoOtherRowMoves() throws Exception {
		List<String> lines = new ArrayList<>(Arrays.asList(seed4().split("\n", -1)));
		int first = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("1.申请人无正当理由逾期不补正")) {
				first = i;
			}
		}
		assertTrue(first > 0);
		int line = first + 1;
		// rows 1–3 of （六） replaced by the group's one row: their sums (0 0 0 0 2 0 2 in seed 004)
		lines.set(first, "（六）其他处理 | 0 | 0 | 0 | 0 | 2 | 0 | 2 | |");
		lines.remove(first + 1);
		lines.remove(first + 1);
		String text = String.join("\n", lines);
		Importer.Result r = ImportFixtures.importText("six.txt", text);
		Map<String, List<BigDecimal>> got = ImportFixtures.cells(ImportFixtures.parse(r.source()));
		Map<String, List<BigDecimal>> want = ImportFixtures.cells(ImportFixtures.parse(ImportFixtures.importText("s.txt", seed4()).source()));
		for (String key : want.keySet()) {
			if (key.startsWith("申请/办理结果.其他处理.")) {
				assertEquals(null, got.get(key), key + " is not written: the group's row of totals stands for it");
			} else {
				assertEquals(want.get(key), got.get(key), key + ": no other row moves");
			}
		}
		assertTrue(r.messages().stream().anyMatch(m -> m.code().equals(ImportCodes.GROUP_ROW) && m.line() == line),
				r.messages().toString());
		assertTrue(r.source().lines().anyMatch(l -> l.strip().matches("sum 其他处理 +0 +0 +0 +0 +2 +0 +2")), r.source());
		var issues = CorpusImportTest.validate(r.source());
		var errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(i -> i.getCode() + " " + i.getMessage()).toList(), "no false arithmetic error");
		assertTrue(issues.stream().anyMatch(i -> i.getCode().equals("NB213")), "the publication's structure finding");

		// the total over the group is still checked: a wrong group total breaks 总计 (七)
		String wrong = String.join("\n", lines).replace("（六）其他处理 | 0 | 0 | 0 | 0 | 2 | 0 | 2 | |",
				"（六）其他处理 | 0 | 0 | 0 | 0 | 3 | 0 | 3 | |");
		var broken = CorpusImportTest.validate(ImportFixtures.importText("six.txt", wrong).source()).stream()
				.filter(i -> i.getSeverity() == Severity.ERROR).map(i -> i.getCode() + " " + i.getMessage()).toList();
		assertTrue(broken.stream().anyMatch(m -> m.startsWith("NB10") && m.contains("总计")), broken.toString());
	}

	@Test
	void a2019LabelInA2021TableMapsWithAWarning() throws Exception {
		String text = seed4().replace("行政规范性文件 |", "规范性文件 |");
		Importer.Result r = ImportFixtures.importText("v.txt", text);
		assertEquals("政府信息公开年报2021", r.templateName());
		assertEquals(ImportFixtures.nums(5, 9, 20), ImportFixtures.cells(ImportFixtures.parse(r.source())).get("规章文件/规范性文件"));
		assertTrue(r.messages().stream().anyMatch(m -> m.code().equals(ImportCodes.FUZZY_LABEL) && m.message().contains("规范性文件")),
				r.messages().toString());
		assertTrue(r.source().contains("规范性文件 \"规范性文件\""), "the published label is kept for validation");
	}
}
