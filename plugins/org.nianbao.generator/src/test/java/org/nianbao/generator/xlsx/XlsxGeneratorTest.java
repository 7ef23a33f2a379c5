package org.nianbao.generator.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.TestReports;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.generator.office.LibreOffice;
import org.nianbao.validation.Finding;

class XlsxGeneratorTest {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> s = Files.list(TestReports.root().resolve("examples"))) {
			List<Path> files = s.filter(p -> p.toString().endsWith(".nianbao")).sorted().toList();
			assertTrue(files.size() >= 3, "the examples folder holds the reports: " + files);
			return files.stream();
		}
	}

	static XSSFWorkbook read(byte[] xlsx) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	/** A header cell of the HTML table as a grid rectangle: its top-left corner, extent and text. */
	record Rect(int row, int col, int rows, int cols, String text) implements Comparable<Rect> {
		@Override
		public int compareTo(Rect o) {
			return row != o.row ? Integer.compare(row, o.row) : Integer.compare(col, o.col);
		}
	}

	/** Lays the HTML table out on a grid the way a browser does (cells skip positions taken by rowspans). */
	static List<Rect> htmlHeaderCells(Element table) {
		List<Rect> result = new ArrayList<>();
		Set<Long> taken = new HashSet<>();
		int r = 0;
		for (Element tr : table.select("> thead > tr, > tbody > tr")) {
			int c = 0;
			for (Element cell : tr.children()) {
				while (taken.contains(key(r, c))) {
					c++;
				}
				int rs = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
				int cs = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
				if (cell.tagName().equals("th")) {
					result.add(new Rect(r, c, rs, cs, cell.text()));
				}
				for (int i = r; i < r + rs; i++) {
					for (int j = c; j < c + cs; j++) {
						taken.add(key(i, j));
					}
				}
				c += cs;
			}
			r++;
		}
		return result;
	}

	private static long key(int r, int c) {
		return ((long) r << 32) | c;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void theMergedHeaderCellsOfEverySheetAreTheHtmlsRowspansAndColspans(Path example) throws IOException {
		ReportView view = TestReports.view(example);
		Document html = Jsoup.parse(new HtmlGenerator().generate(view));
		try (XSSFWorkbook wb = read(new XlsxGenerator().generate(view))) {
			List<TableView> tables = view.tables();
			assertEquals(tables.size() + (view.errors().isEmpty() ? 0 : 1), wb.getNumberOfSheets());
			int merged = 0;
			for (int k = 0; k < tables.size(); k++) {
				TableView t = tables.get(k);
				XSSFSheet sheet = wb.getSheetAt(k);
				assertEquals(SheetNames.sanitize(t.def().getCaption()), sheet.getSheetName());
				Element table = html.getElementById(t.def().getName()).selectFirst("table");
				List<Rect> cells = htmlHeaderCells(table);
				assertFalse(cells.isEmpty());
				Set<Rect> fromHtml = new TreeSet<>();
				for (Rect h : cells) {
					XSSFCell top = sheet.getRow(XlsxGenerator.HEADER_TOP + h.row()).getCell(h.col());
					assertEquals(h.text(), top.getStringCellValue(), sheet.getSheetName() + " " + h);
					if (h.rows() > 1 || h.cols() > 1) {
						fromHtml.add(new Rect(h.row(), h.col(), h.rows(), h.cols(), ""));
					}
				}
				int last = XlsxGenerator.HEADER_TOP + t.layout().gridRows() - 1;
				Set<Rect> fromSheet = new TreeSet<>();
				for (CellRangeAddress a : sheet.getMergedRegions()) {
					if (a.getFirstRow() >= XlsxGenerator.HEADER_TOP && a.getLastRow() <= last) {
						assertTrue(fromSheet.add(new Rect(a.getFirstRow() - XlsxGenerator.HEADER_TOP, a.getFirstColumn(),
								a.getLastRow() - a.getFirstRow() + 1, a.getLastColumn() - a.getFirstColumn() + 1, "")));
					}
				}
				assertEquals(fromHtml, fromSheet, sheet.getSheetName());
				merged += fromSheet.size();
			}
			assertTrue(merged > 0, "some header cell is merged in " + example);
		}
	}

	@Test
	void theMatrixSheetHasTheOfficialSpansTheCaptionAndTheNoteUnderTheTable() throws IOException {
		ReportView view = TestReports.gangkou();
		try (XSSFWorkbook wb = read(new XlsxGenerator().generate(view))) {
			XSSFSheet sheet = wb.getSheet("收到和处理政府信息公开申请情况");
			assertNotNull(sheet);
			assertEquals("收到和处理政府信息公开申请情况", sheet.getRow(0).getCell(0).getStringCellValue());
			List<CellRangeAddress> regions = sheet.getMergedRegions();
			// the corner 申请人情况: two header rows by three header columns; 法人或其他组织 over five columns
			assertTrue(regions.contains(new CellRangeAddress(1, 2, 0, 2)), regions.toString());
			assertTrue(regions.contains(new CellRangeAddress(1, 1, 4, 8)), regions.toString());
			assertEquals("法人或其他组织", sheet.getRow(1).getCell(4).getStringCellValue());
			// 三、本年度办理结果 down 22 rows, （三）不予公开 down 8
			int results = rowOf(sheet, 0, "三、本年度办理结果");
			assertTrue(regions.contains(new CellRangeAddress(results, results + 21, 0, 0)), regions.toString());
			int withheld = rowOf(sheet, 1, "（三）不予公开");
			assertTrue(regions.contains(new CellRangeAddress(withheld, withheld + 7, 1, 1)), regions.toString());
			// the 25 data rows, then the 勾稽关系 note across the table
			int noteRow = 1 + 2 + 25;
			assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
					sheet.getRow(noteRow).getCell(0).getStringCellValue());
			assertTrue(regions.contains(new CellRangeAddress(noteRow, noteRow, 0, 9)), regions.toString());
			// header rows and columns stay in view while scrolling
			assertEquals(3, sheet.getPaneInformation().getVerticalSplitLeftColumn());
			assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow());
		}
	}

	private static int rowOf(XSSFSheet sheet, int col, String text) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (row != null && row.getCell(col) != null && row.getCell(col).getCellType() == CellType.STRING
					&& text.equals(row.getCell(col).getStringCellValue())) {
				return r;
			}
		}
		throw new AssertionError(text + " not in column " + col);
	}

	/** Checks every data cell of every table against the view; returns how many numbers were compared. */
	static int assertCellsRoundTrip(ReportView view, XSSFWorkbook wb) {
		int numbers = 0;
		List<TableView> tables = view.tables();
		for (int k = 0; k < tables.size(); k++) {
			TableView t = tables.get(k);
			XSSFSheet sheet = wb.getSheetAt(k);
			for (int i = 0; i < t.rows().size(); i++) {
				for (int j = 0; j < t.columns().size(); j++) {
					CellValue v = t.cell(i, j);
					XSSFCell cell = sheet.getRow(XlsxGenerator.HEADER_TOP + t.layout().headerRows() + i)
							.getCell(t.layout().headerColumns() + j);
					String where = sheet.getSheetName() + " " + t.rows().get(i).getName() + "/" + t.columns().get(j).getName();
					if (!v.hasValue()) {
						assertEquals(CellType.BLANK, cell.getCellType(), where);
					} else if (XlsxGenerator.exactAsDouble(new BigDecimal(v.text()))) {
						assertEquals(CellType.NUMERIC, cell.getCellType(), where);
						assertEquals(0, BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(v.value()), where);
						int scale = Math.max(0, new BigDecimal(v.text()).scale());
						assertEquals(XlsxStyles.numberFormat(scale), cell.getCellStyle().getDataFormatString(), where);
						assertEquals(v.computed(), cell.getCellStyle().getFont().getItalic(), where + ": computed in italics");
						numbers++;
					} else {
						assertEquals(CellType.STRING, cell.getCellType(), where);
						assertEquals(v.text(), cell.getStringCellValue(), where);
					}
					List<Finding> errors = view.errorsOn(t, i, j);
					if (v.hasNote() || !errors.isEmpty()) {
						// the note, then one line per error on the cell (only with --force)
						StringBuilder expected = new StringBuilder(v.hasNote() ? v.note() : "");
						for (Finding f : errors) {
							expected.append(expected.isEmpty() ? "" : "\n").append('[').append(f.code()).append("] ")
									.append(f.message());
						}
						assertNotNull(cell.getCellComment(), where);
						assertEquals(expected.toString(), cell.getCellComment().getString().getString(), where);
					} else {
						assertNull(cell.getCellComment(), where);
					}
					assertEquals(errors.isEmpty() ? FillPatternType.NO_FILL : FillPatternType.SOLID_FOREGROUND,
							cell.getCellStyle().getFillPattern(), where + ": a cell in error is filled");
				}
			}
		}
		return numbers;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyNumberOfEveryExampleReadsBackAsTheReportsValue(Path example) throws IOException {
		ReportView view = TestReports.view(example);
		try (XSSFWorkbook wb = read(new XlsxGenerator().generate(view))) {
			assertTrue(assertCellsRoundTrip(view, wb) > 5, example.toString());
		}
	}

	@Test
	void gangkousNumbersAndNotesAreWhereThePrintedTableHasThem() throws IOException {
		try (XSSFWorkbook wb = read(new XlsxGenerator().generate(TestReports.gangkou()))) {
			XSSFSheet rules = wb.getSheetAt(0);
			assertEquals("第二十条第（一）项", rules.getSheetName());
			XSSFRow normative = rules.getRow(1 + 1 + 1);
			assertEquals("行政规范性文件", normative.getCell(0).getStringCellValue());
			assertEquals(4.0, normative.getCell(2).getNumericCellValue());
			assertEquals("1个废止，3个到期自动失效", normative.getCell(2).getCellComment().getString().getString());
			assertEquals(10402.0, wb.getSheet("第二十条第（五）项").getRow(2).getCell(1).getNumericCellValue());
			assertEquals(2862.0, wb.getSheet("第二十条第（八）项").getRow(2).getCell(1).getNumericCellValue());
		}
	}

	static final String DECIMALS = """
			template 小数 "小数测试" {
			  section 表 "一、表" {
			    table 金额 "金额:测试/表[1]*?" {
			      columns { 甲 "甲" decimal  乙 "乙" decimal  合计 "合计" decimal = 甲 + 乙 }
			      rows { 一 "一"  二 "二"  三 "三" }
			    }
			  }
			}
			report 小数2024 : 小数 {
			  section 表 {
			    table 金额 {
			      一  12.50  0.1 "约数"  auto
			      二  - "未统计"  3  5
			      三  12345678901234567  1  12345678901234568
			    }
			  }
			}
			""";

	@Test
	void decimalsKeepTheirWrittenScaleAndNumbersBeyondADoubleStayText(@TempDir Path dir) throws IOException {
		ReportView view = TestReports.view(DECIMALS, dir);
		try (XSSFWorkbook wb = read(new XlsxGenerator().generate(view))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertEquals("金额_测试_表_1___", sheet.getSheetName());
			XSSFRow one = sheet.getRow(2), two = sheet.getRow(3), three = sheet.getRow(4);
			assertEquals(12.5, one.getCell(1).getNumericCellValue());
			assertEquals("0.00", one.getCell(1).getCellStyle().getDataFormatString(), "12.50 shows two decimals");
			assertEquals(0.1, one.getCell(2).getNumericCellValue());
			assertEquals("0.0", one.getCell(2).getCellStyle().getDataFormatString());
			assertEquals("约数", one.getCell(2).getCellComment().getString().getString());
			assertEquals(12.6, one.getCell(3).getNumericCellValue(), "auto: the arithmetic's value");
			assertTrue(one.getCell(3).getCellStyle().getFont().getItalic());
			assertEquals(CellType.BLANK, two.getCell(1).getCellType());
			// the blank makes the row's sum fail (NB103): the cell is marked and its comment says why
			assertEquals("未统计\n[NB103] 二/甲空缺，应为 2（= 5 − 3）", two.getCell(1).getCellComment().getString().getString());
			assertEquals(FillPatternType.SOLID_FOREGROUND, two.getCell(1).getCellStyle().getFillPattern());
			XSSFSheet errors = wb.getSheetAt(wb.getNumberOfSheets() - 1);
			assertEquals(XlsxGenerator.ERRORS_SHEET, errors.getSheetName());
			assertEquals("未通过校验：本报告有 " + view.errors().size() + " 处错误，数字未经核实，请勿发布。",
					errors.getRow(0).getCell(0).getStringCellValue());
			assertTrue(errors.getRow(1).getCell(0).getStringCellValue().contains("[NB103]"));
			assertEquals(CellType.STRING, three.getCell(1).getCellType(), "17 digits: text, not rounded");
			assertEquals("12345678901234567", three.getCell(1).getStringCellValue());
			assertEquals(6, assertCellsRoundTrip(view, wb), "numeric cells: 12.50 0.1 12.60, 3 5, 1");
		}
	}

	/** Every sheet as CSV, the way LibreOffice Calc shows it (numbers as displayed by their format). */
	static List<List<List<String>>> calcCsv(ReportView view, Path dir) throws IOException {
		if (LibreOffice.find().isEmpty()) {
			ExternalTools.missing("soffice (LibreOffice)");
		}
		LibreOffice office = LibreOffice.locate();
		Path xlsx = dir.resolve("report.xlsx");
		Files.write(xlsx, new XlsxGenerator().generate(view));
		// 44,34,76: comma, double quote, UTF-8; token 9 true: cells as shown (by their number format);
		// the last token -1: every sheet to its own file
		office.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
				dir.resolve("csv"));
		List<List<List<String>>> sheets = new ArrayList<>();
		try (XSSFWorkbook wb = read(Files.readAllBytes(xlsx))) {
			for (int k = 0; k < wb.getNumberOfSheets(); k++) {
				Path csv = dir.resolve("csv").resolve("report-" + wb.getSheetName(k) + ".csv");
				assertTrue(Files.exists(csv), csv + " written by LibreOffice");
				List<List<String>> rows = new ArrayList<>();
				for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
					rows.add(csvFields(line));
				}
				sheets.add(rows);
			}
		}
		return sheets;
	}

	/** One CSV line (no field of these tables spans lines). */
	static List<String> csvFields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder f = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				f.append('"');
				i++;
			} else if (c == '"') {
				quoted = !quoted;
			} else if (c == ',' && !quoted) {
				fields.add(f.toString());
				f.setLength(0);
			} else {
				f.append(c);
			}
		}
		fields.add(f.toString());
		return fields;
	}

	/** Compares every data cell Calc shows with the report's text; returns how many numbers matched. */
	static int assertCalcShowsTheReportsNumbers(ReportView view, List<List<List<String>>> sheets) {
		int numbers = 0;
		List<TableView> tables = view.tables();
		for (int k = 0; k < tables.size(); k++) {
			TableView t = tables.get(k);
			List<List<String>> rows = sheets.get(k);
			assertEquals(t.def().getCaption(), rows.get(0).get(0));
			for (int i = 0; i < t.rows().size(); i++) {
				List<String> row = rows.get(XlsxGenerator.HEADER_TOP + t.layout().headerRows() + i);
				for (int j = 0; j < t.columns().size(); j++) {
					CellValue v = t.cell(i, j);
					String where = t.def().getName() + " " + t.rows().get(i).getName() + "/" + t.columns().get(j).getName();
					assertEquals(v.hasValue() ? v.text() : "", row.get(t.layout().headerColumns() + j), where);
					numbers += v.hasValue() ? 1 : 0;
				}
			}
		}
		return numbers;
	}

	@Test
	void libreOfficeCalcOpensTheWorkbookWithTheSameNumbers(@TempDir Path dir) throws IOException {
		ReportView view = TestReports.gangkou();
		List<List<List<String>>> sheets = calcCsv(view, Files.createDirectories(dir.resolve("gangkou")));
		assertEquals(6 + 1 + 2 + 1 + 25 * 7 + 15, assertCalcShowsTheReportsNumbers(view, sheets));
		// the first sheet, as the official table prints it
		List<List<String>> first = sheets.get(0);
		assertEquals(List.of("行政规范性文件", "2", "4", "5"), first.get(3));
		ReportView decimals = TestReports.view(DECIMALS, Files.createDirectories(dir.resolve("decimals")));
		List<List<List<String>>> d = calcCsv(decimals, dir.resolve("decimals"));
		assertEquals(8, assertCalcShowsTheReportsNumbers(decimals, d), "six numbers and the two beyond a double's digits");
		assertEquals(List.of("一", "12.50", "0.1", "12.60"), d.get(0).get(2), "Calc shows the written scale");
	}
}
