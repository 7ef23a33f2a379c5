package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.importer.ImportFixtures.cells;
import static org.nianbao.importer.ImportFixtures.nums;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Digits run together: split only when exactly one split satisfies the row's relations. */
class RunTogetherTest {

	/** Seed 004 with one `|` row replaced by its label and its digits run together. */
	private static String withRow(String labelPrefix, String replacement) {
		String[] lines = ImportFixtures.seedText(4).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith(labelPrefix)) {
				lines[i] = replacement;
				return String.join("\n", lines);
			}
		}
		throw new AssertionError(labelPrefix);
	}

	private static int lineOf(String text, String prefix) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				return i + 1;
			}
		}
		throw new AssertionError(prefix);
	}

	@Test
	void aRowWithOneSplitSatisfyingItsTotalIsSplit() throws Exception {
		String text = withRow("一、本年新收", "一、本年新收政府信息公开申请数量63002011");
		Importer.Result r = ImportFixtures.importText("run.txt", text);
		assertEquals(nums(6, 3, 0, 0, 2, 0, 11), cells(ImportFixtures.parse(r.source())).get("申请/新收"));
		ImportMessage m = r.messages().stream().filter(x -> x.code().equals(ImportCodes.SPLIT_DIGITS)).findFirst()
				.orElseThrow();
		assertEquals(lineOf(text, "一、本年新收政府信息公开申请数量63002011"), m.line());
		assertFalse(r.hasErrors());
	}

	@Test
	void digitsOnTheirOwnLineAfterTheLabelAreSplitToo() throws Exception {
		String text = withRow("2 | 0 | 0 | 0 | 2 |", "200020000000000");
		Importer.Result r = ImportFixtures.importText("run.txt", text);
		assertEquals(nums(2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
				cells(ImportFixtures.parse(r.source())).get("复议诉讼/件数"));
	}

	@Test
	void aRowThatSeveralSplitsSatisfyIsReportedNotGuessed() throws Exception {
		// 规章文件 has no relation within a row: 5|9|20, 5|92|0 and 59|2|0 all fit.
		String text = withRow("行政规范性文件 |", "行政规范性文件5920");
		Importer.Result r = ImportFixtures.importText("run.txt", text);
		assertTrue(r.hasErrors());
		ImportMessage m = r.messages().stream().filter(x -> x.code().equals(ImportCodes.AMBIGUOUS_DIGITS)).findFirst()
				.orElseThrow();
		assertEquals(lineOf(text, "行政规范性文件5920"), m.line());
		List<BigDecimal> row = cells(ImportFixtures.parse(r.source())).get("规章文件/规范性文件");
		assertEquals(Arrays.asList(null, null, null), row);
		assertTrue(r.source().contains("// 原文连写数字 5920"), r.source());
	}

	@Test
	void splitterHonoursLeadingZeros() throws Exception {
		assertEquals(3, RowSplitter.splits("5920", 3, 100).size());
		assertEquals(List.of(nums(0, 0, 0)), RowSplitter.splits("000", 3, 100));
		assertEquals(List.of(List.of(new BigDecimal("10"), new BigDecimal("0"))), RowSplitter.splits("100", 2, 100));
		assertTrue(RowSplitter.splits("12", 3, 100).isEmpty());
	}

	/** The reader walks the cuts itself and only counts them first: the count is the number of splits. */
	@Test
	void splitsAreCountedExactly() throws Exception {
		java.util.Random random = new java.util.Random(3);
		for (int k = 0; k < 400; k++) {
			StringBuilder d = new StringBuilder();
			for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
				d.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
			}
			for (int parts = 0; parts <= d.length() + 1; parts++) {
				assertEquals(RowSplitter.splits(d.toString(), parts, 1_000_000).size(), RowSplitter.countSplits(d.toString(), parts),
						d + " in " + parts);
			}
		}
	}

	/**
	 * A row whose cells are separated but one short, in a table without relations (第二十条第（一）项):
	 * an empty cell or two cells run together, nothing can tell. Reported at its line, never split by
	 * the count alone (`5 20` was read 5 2 0).
	 */
	@Test
	void aSeparatedRowShortOfACellInATableWithoutRelationsIsReportedNotSplit() throws Exception {
		String text = withRow("行政规范性文件 |", "行政规范性文件     5     20");
		Importer.Result r = ImportFixtures.importText("short.txt", text);
		assertEquals(Arrays.asList(null, null, null), cells(ImportFixtures.parse(r.source())).get("规章文件/规范性文件"));
		ImportMessage m = r.messages().stream().filter(x -> x.code().equals(ImportCodes.UNREADABLE_ROW)).findFirst().orElseThrow();
		assertEquals(lineOf(text, "行政规范性文件     5"), m.line());
		assertFalse(r.messages().stream().anyMatch(x -> x.code().equals(ImportCodes.SPLIT_DIGITS)), r.messages().toString());
		// digits run together with no separator at all are still split where the count decides (000 is 0 0 0)
		Importer.Result together = ImportFixtures.importText("run.txt", withRow("规章 |", "规章 000"));
		assertEquals(nums(0, 0, 0), cells(ImportFixtures.parse(together.source())).get("规章文件/规章"));
	}
}
