package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.importer.ImportFixtures.cells;
import static org.nianbao.importer.ImportFixtures.nums;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The template follows the tables' shape, not the year; headings are found with or without numbering. */
class ShapesTest {

	/** Seed 004 rewritten in the 2019 trial format's shape (its section 二 tables and single （六） row). */
	static String in2019Shape(int year) {
		List<String> out = new ArrayList<>();
		String[] lines = ImportFixtures.seedText(4).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int n = i + 1;
			if (n >= 16 && n <= 29) {
				if (n == 16) {
					out.addAll(List.of("第二十条第(一)项 | ||||", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |",
							"规章 | 0 | 0 | 0 | |", "规范性文件 | 5 | 5 | 20 | |",
							"第二十条第(五)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
							"行政许可 | 10 | -2 | 300 |", "其他对外管理服务事项 | 3 | 0 | 5 |",
							"第二十条第(六)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
							"行政处罚 | 4 | 1 | 50 |", "行政强制 | 0 | 0 | 0 |",
							"第二十条第(八)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 |", "行政事业性收费 | 2 | 0 |",
							"第二十条第(九)项 | ||||", "信息内容 | 采购项目数量 | 采购总金额 |", "政府集中采购 | 3 | 12.5 |"));
				}
				continue;
			}
			if (n == 54) {
				out.add("(六)其他处理 | 0 | 0 | 0 | 0 | 2 | 0 | 2 | |");
				continue;
			}
			if (n == 55 || n == 56) {
				continue;
			}
			out.add(lines[i].replace("2024", String.valueOf(year)));
		}
		return String.join("\n", out);
	}

	@Test
	void a2019ShapedReportIsReadWithThe2019TemplateWhateverItsYear() throws Exception {
		Importer.Result r = ImportFixtures.importText("old.txt", in2019Shape(2024));
		assertEquals("政府信息公开年报2019", r.templateName());
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(r.source()));
		assertEquals(nums(10, -2, 300), c.get("行政许可/行政许可"));
		assertEquals(nums(3, 0, 5), c.get("行政许可/其他事项"));
		assertEquals(List.of(new BigDecimal("3"), new BigDecimal("12.5")), c.get("集中采购/政府集中采购"));
		assertEquals(nums(0, 0, 0, 0, 2, 0, 2), c.get("申请/办理结果.其他处理"));
		assertEquals(nums(4, 3, 0, 0, 2, 0, 9), c.get("申请/办理结果.总计"));
	}

	@Test
	void a2021ShapedReportForAnEarlyYearIsReadWithThe2021Template() throws Exception {
		String text = ImportFixtures.seedText(4).replace("2024", "2020");
		Importer.Result r = ImportFixtures.importText("new.txt", text);
		assertEquals("政府信息公开年报2021", r.templateName());
		assertEquals(2020, r.report().year);
	}

	@Test
	void theTemplateCanBeForced() throws Exception {
		Importer.Result r = ImportFixtures.importer().importBytes("x.txt",
				ImportFixtures.seedText(4).getBytes(java.nio.charset.StandardCharsets.UTF_8), Importer.TemplateChoice.Y2021);
		assertEquals("政府信息公开年报2021", r.templateName());
	}

	@Test
	void headingsWithoutNumberingAndWithOtherPunctuationAreFound() throws Exception {
		String text = ImportFixtures.seedText(4).replace("一、总体情况", "总体情况").replace("二、主动公开政府信息情况", "二.主动公开政府信息情况")
				.replace("三、收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况")
				.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议及行政诉讼情况");
		Importer.Result r = ImportFixtures.importText("plain.txt", text);
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(r.source()));
		Map<String, List<BigDecimal>> expected = cells(ImportFixtures.parse(
				ImportFixtures.importer().importFile(ImportFixtures.seed(4), Importer.TemplateChoice.AUTO).source()));
		assertEquals(expected, c);
	}

	@Test
	void tabSeparatedAndSpaceAlignedRowsAreCells() throws Exception {
		Map<String, List<BigDecimal>> expected = cells(ImportFixtures.parse(
				ImportFixtures.importer().importFile(ImportFixtures.seed(4), Importer.TemplateChoice.AUTO).source()));
		String tabs = ImportFixtures.seedText(4).replaceAll(" ?\\|+ ?", "\t");
		assertEquals(expected, cells(ImportFixtures.parse(ImportFixtures.importText("tabs.txt", tabs).source())));
		String spaces = ImportFixtures.seedText(4).replaceAll(" ?\\|+ ?", "    ");
		assertEquals(expected, cells(ImportFixtures.parse(ImportFixtures.importText("spaces.txt", spaces).source())));
	}

	/**
	 * A row copied from Word, WPS or a browser: one tab between two cells, so an empty cell is two tabs
	 * in a row. It is a blank, as an empty cell between two bars is; before, `5\t\t20` was read as the
	 * digits 5 20 split by their count into 5 2 0.
	 */
	@Test
	void anEmptyCellBetweenTabsIsABlank() throws Exception {
		String tabs = ImportFixtures.seedText(4).replaceAll(" ?\\|+ ?", "\t");
		String row = "行政规范性文件\t5\t9\t20\t";
		assertEquals(true, tabs.contains(row));
		Importer.Result r = ImportFixtures.importText("tabs.txt", tabs.replace(row, "行政规范性文件\t5\t\t20"));
		Map<String, List<BigDecimal>> c = cells(ImportFixtures.parse(r.source()));
		assertEquals(java.util.Arrays.asList(new BigDecimal("5"), null, new BigDecimal("20").stripTrailingZeros()), c.get("规章文件/规范性文件"));
		assertEquals(nums(0, 0, 0), c.get("规章文件/规章"));
		assertEquals(false, r.hasErrors(), r.messages().toString());
	}
}
