package org.nianbao.importer.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The audit's HTML summary: one offline file that is a working tool. The totals and charts are
 * written as HTML; the findings (filters by rule, organ, severity, origin and baseline state;
 * sorting), the page of each report (the published text with each finding marked at its place, the
 * tables with the cell marked), the reviewer's statuses and reasons (downloaded as a
 * {@code --baseline} file), the roster and the years side by side are drawn by the page's own
 * script from one embedded JSON document ({@link DashboardData}). No CDN, no request, no server.
 */
public final class Dashboard {
	private Dashboard() {
	}

	static final String CSS = resource("dashboard.css"), SCRIPT = resource("dashboard.js");

	public static String html(AuditSummary s, String title) {
		var out = new java.io.ByteArrayOutputStream();
		try {
			write(s, title, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Writes the page to {@code out} (UTF-8), its data streamed ({@link DashboardData#write}). */
	public static void write(AuditSummary s, String title, OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		StringBuilder h = new StringBuilder(1 << 16);
		h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
				.append(AuditWriters.esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
		h.append("<header><h1>").append(AuditWriters.esc(title)).append("</h1>\n<p class=\"totals\">")
				.append("<span>报告 <b id=\"t-reports\">").append(s.reports.size()).append("</b></span>")
				.append("<span>有错误的报告 <b id=\"t-with-errors\">").append(s.reportsWithErrors()).append("</b></span>")
				.append("<span>未能导入 <b id=\"t-failed\">").append(s.failedInputs()).append("</b></span>")
				.append("<span>错误 <b id=\"t-errors\">").append(s.errorCount()).append("</b></span>")
				.append("<span>警告 <b id=\"t-warnings\">").append(s.warningCount()).append("</b></span></p>\n")
				.append("<nav id=\"views\"><a href=\"#view=findings\">问题 Findings</a><a href=\"#view=reports\">报告 Reports</a>")
				.append("<a href=\"#view=years\">年度对比 Years</a>")
				.append(s.roster == null ? "" : "<a href=\"#view=roster\">名册 Roster</a>")
				.append("<button type=\"button\" id=\"download\">下载基线 Download baseline</button></nav>\n</header>\n");
		h.append("<details class=\"overview\"><summary>图表 Charts</summary><div class=\"charts\">\n");
		h.append(AuditWriters.chart("各规则的问题数 Findings by rule", s.byCode(), "#c0504d"));
		h.append(AuditWriters.chart("按错误数分组的报告数 Reports by number of errors", s.byErrorBucket(), "#4f81bd"));
		h.append(AuditWriters.chart("问题的严重程度 Findings by severity", s.bySeverity(), "#9bbb59"));
		h.append("</div></details>\n<main id=\"app\"><p>正在加载…</p></main>\n");
		h.append("<script type=\"application/json\" id=\"nianbao-data\">");
		out.write(h.toString());
		DashboardData.write(s, title, new ScriptSafe(out));
		out.write("</script>\n<script>\n");
		out.write(SCRIPT);
		out.write("</script>\n</body>\n</html>\n");
		out.flush();
	}

	/**
	 * JSON inside a script element, as it passes through: every "<" as its escape (it only occurs in
	 * strings), so no text can close the element or open a comment; U+2028/9 escaped too.
	 */
	private static final class ScriptSafe extends java.io.FilterWriter {
		ScriptSafe(Writer out) {
			super(out);
		}

		@Override
		public void write(int c) throws IOException {
			switch (c) {
			case '<' -> out.write("\\u003c");
			case '\u2028' -> out.write("\\u2028");
			case '\u2029' -> out.write("\\u2029");
			default -> out.write(c);
			}
		}

		@Override
		public void write(char[] cbuf, int off, int len) throws IOException {
			int start = off, end = off + len;
			for (int i = off; i < end; i++) {
				char c = cbuf[i];
				if (c == '<' || c == '\u2028' || c == '\u2029') {
					out.write(cbuf, start, i - start);
					write(c);
					start = i + 1;
				}
			}
			out.write(cbuf, start, end - start);
		}

		@Override
		public void write(String str, int off, int len) throws IOException {
			char[] chars = new char[len];
			str.getChars(off, off + len, chars, 0);
			write(chars, 0, len);
		}
	}

	private static String resource(String name) {
		try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
