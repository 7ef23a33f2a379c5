package org.nianbao.importer.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nianbao.formatting2.NianbaoFormatter;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.xlsx.SheetNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit summary as a workbook ({@code audit --xlsx}): a sheet of the counts, one of the
 * reports, one of the findings (with fingerprint, origin, baseline state, status and reason), one
 * per roster list when a roster was given, and the years side by side when there are any. Counts,
 * years, lines and figures are numbers, not text.
 */
public final class SummaryWorkbook {
	static {
		PoiLogging.quiet();
	}

	private SummaryWorkbook() {
	}

	/** The sheets' names (stable: a reviewer's formulas name them). */
	public static final String COUNTS = "汇总", REPORTS = "报告", FINDINGS = "问题", YEARS = "年度对比";

	/** The roster lists' sheets, by the JSON's list names. */
	public static final Map<String, String> ROSTER_SHEETS = new LinkedHashMap<>();
	static {
		ROSTER_SHEETS.put("missing", "未报");
		ROSTER_SHEETS.put("late", "逾期");
		ROSTER_SHEETS.put("wrong_format", "格式不符");
		ROSTER_SHEETS.put("duplicate", "重复");
		ROSTER_SHEETS.put("unknown", "名册外");
	}

	/** Rows kept in memory per sheet; older ones are written out (POI's streaming workbook). */
	private static final int ROWS_IN_MEMORY = 200;

	/**
	 * Writes the workbook to {@code out}, its sheets streamed through temporary files: the whole
	 * workbook held as objects took some 600 MB for 10,000 reports and 34,000 findings.
	 */
	public static void write(AuditSummary s, java.io.OutputStream out) throws IOException {
		SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, true, true);
		try {
			Sheets sheets = new Sheets(wb);
			counts(sheets, s);
			reports(sheets, s);
			findings(sheets, s);
			if (s.roster != null) {
				roster(sheets, s.roster);
			}
			List<YearsSideBySide.Organ> years = YearsSideBySide.of(s);
			if (!years.isEmpty()) {
				years(sheets, years);
			}
			wb.write(out);
		} finally {
			wb.close();
			wb.dispose();
		}
	}

	private static void counts(Sheets sheets, AuditSummary s) {
		Sheet sh = sheets.add(COUNTS, "项目", "数量");
		sh.row("报告", s.reports.size());
		sh.row("有错误的报告", s.reportsWithErrors());
		sh.row("未能导入或校验", s.failedInputs());
		sh.row("错误", s.errorCount());
		sh.row("警告", s.warningCount());
		s.byOrigin().forEach((k, v) -> sh.row("来源 " + k, v));
		if (s.baseline != null) {
			s.baseline.counts(s.findings).forEach((k, v) -> sh.row("基线 " + k, v));
		}
		s.byCode().forEach((k, v) -> sh.row("规则 " + k, v));
		sh.fit();
	}

	private static void reports(Sheets sheets, AuditSummary s) {
		Sheet sh = sheets.add(REPORTS, "input", "organ", "year", "template", "published", "errors", "warnings", "status");
		for (AuditSummary.Entry e : s.reports) {
			sh.row(e.input(), e.organ(), e.year(), e.template(), e.published(), e.errors(), e.warnings(), e.status());
		}
		sh.fit();
	}

	private static void findings(Sheets sheets, AuditSummary s) {
		Sheet sh = sheets.add(FINDINGS, "input", "organ", "year", "line", "column", "severity", "code", "cell", "message",
				"fingerprint", "origin", "baseline", "status", "reason", "published");
		for (AuditSummary.Item f : s.findings) {
			Baseline.Entry decided = s.baseline == null ? null : s.baseline.entry(f.fingerprint());
			sh.row(f.input(), f.organ(), f.year(), f.line(), f.column(), f.severity(), f.code(), f.cell(), f.message(),
					f.fingerprint(), f.origin(), s.baselineState(f), decided == null ? Baseline.OPEN : decided.status(),
					decided == null ? null : decided.reason(), f.published());
		}
		sh.fit();
	}

	/** One sheet per list, its columns the JSON's field names (as in the audit JSON's {@code roster}). */
	private static void roster(Sheets sheets, RosterReport r) {
		JsonNode lists = new ObjectMapper().valueToTree(r);
		for (var e : ROSTER_SHEETS.entrySet()) {
			JsonNode list = lists.path(e.getKey());
			Set<String> fields = new LinkedHashSet<>(List.of("year", "organ"));
			list.forEach(element -> element.fieldNames().forEachRemaining(fields::add));
			Sheet sh = sheets.add(e.getValue(), fields.toArray(String[]::new));
			for (JsonNode element : list) {
				List<Object> values = new ArrayList<>();
				values.add(r.year());
				for (String f : fields.stream().skip(1).toList()) {
					JsonNode v = element.get(f);
					values.add(v == null || v.isNull() ? null
							: v.isNumber() ? v.decimalValue()
							: v.isBoolean() ? Boolean.valueOf(v.booleanValue())
							: v.isArray() ? String.join("，", java.util.stream.StreamSupport.stream(v.spliterator(), false).map(JsonNode::asText).toList())
							: v.asText());
				}
				sh.row(values.toArray());
			}
			sh.fit();
		}
	}

	private static void years(Sheets sheets, List<YearsSideBySide.Organ> organs) {
		Map<String, String> labels = new LinkedHashMap<>();
		organs.forEach(o -> labels.putAll(o.labels()));
		List<String> head = new ArrayList<>(List.of("organ", "year", "input"));
		head.addAll(labels.values());
		head.add("与上年相似度（章节）%");
		head.add("与上年相似度（全文）%");
		Sheet sh = sheets.add(YEARS, head.toArray(String[]::new));
		for (YearsSideBySide.Organ o : organs) {
			for (YearsSideBySide.Year y : o.years()) {
				List<Object> values = new ArrayList<>(List.of(o.organ(), y.year(), y.input()));
				for (String k : labels.keySet()) {
					values.add(y.figures().get(k));
				}
				values.add(y.repeatSimilarity());
				values.add(y.textSimilarity());
				sh.row(values.toArray());
			}
		}
		sh.fit();
	}

	/** The workbook's sheets, named within Excel's rules, with a bold header row frozen at the top. */
	private static final class Sheets {
		final SXSSFWorkbook wb;
		final SheetNames names = new SheetNames();
		final CellStyle header;

		Sheets(SXSSFWorkbook wb) {
			this.wb = wb;
			Font bold = wb.createFont();
			bold.setBold(true);
			header = wb.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
		}

		Sheet add(String name, String... head) {
			SXSSFSheet sheet = wb.createSheet(names.next(name, "Sheet"));
			Sheet sh = new Sheet(sheet, head.length);
			Row row = sheet.createRow(0);
			for (int i = 0; i < head.length; i++) {
				Cell c = row.createCell(i);
				c.setCellValue(head[i]);
				c.setCellStyle(header);
				sh.measure(i, head[i]);
			}
			sheet.createFreezePane(0, 1);
			return sh;
		}
	}

	/** One sheet being filled: a row after the other, each value a number when it is one. */
	private static final class Sheet {
		static final int MAX_WIDTH = 60;
		final SXSSFSheet sheet;
		final int[] widths;
		int next = 1;

		Sheet(SXSSFSheet sheet, int columns) {
			this.sheet = sheet;
			this.widths = new int[columns];
		}

		void row(Object... values) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.length; i++) {
				Object v = values[i];
				if (v == null) {
					continue;
				}
				Cell c = row.createCell(i);
				if (v instanceof BigDecimal d) {
					c.setCellValue(d.doubleValue());
				} else if (v instanceof Number n) {
					c.setCellValue(n.doubleValue());
				} else if (v instanceof Boolean b) {
					c.setCellValue(b);
				} else {
					c.setCellValue(v.toString());
				}
				measure(i, v.toString());
			}
		}

		void measure(int column, String text) {
			if (column < widths.length) {
				widths[column] = Math.max(widths[column], NianbaoFormatter.width(text));
			}
		}

		void fit() {
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (Math.min(MAX_WIDTH, widths[i]) + 2) * 256);
			}
		}
	}
}
