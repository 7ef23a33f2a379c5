package org.nianbao.importer.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The audit summary as CSV (reports; findings), JSON and a self-contained HTML page with inline SVG charts. */
public final class AuditWriters {
	private AuditWriters() {
	}

	// ---- CSV (RFC 4180, with a BOM so that spreadsheet programs read the Chinese right) -------

	/** The reports' CSV, written to {@code out} a row at a time (UTF-8). */
	public static void reportsCsv(AuditSummary s, OutputStream out) throws IOException {
		Writer w = csvWriter(out);
		row(w, "input", "organ", "year", "template", "errors", "warnings", "status", "first_findings");
		for (AuditSummary.Entry e : s.reports) {
			row(w, e.input(), nz(e.organ()), e.year() == null ? "" : e.year().toString(), nz(e.template()),
					String.valueOf(e.errors()), String.valueOf(e.warnings()), e.status(), String.join(" | ", e.firstFindings()));
		}
		w.flush();
	}

	/** A finding's place in the published file as JSON: `"source": {file, page, line, column}` (nothing when null). */
	public static void putSource(ObjectNode finding, org.nianbao.validation.Finding.Published source) {
		if (source != null) {
			ObjectNode src = finding.putObject("source");
			src.put("file", source.file());
			src.put("page", source.page());
			src.put("line", source.line());
			src.put("column", source.column());
		}
	}

	/** The findings' CSV, written to {@code out} a row at a time (UTF-8). */
	public static void findingsCsv(AuditSummary s, OutputStream out) throws IOException {
		Writer w = csvWriter(out);
		row(w, "input", "line", "column", "severity", "code", "message", "fingerprint", "origin", "baseline", "published");
		for (AuditSummary.Item f : s.findings) {
			row(w, f.input(), String.valueOf(f.line()), String.valueOf(f.column()), f.severity(), f.code(), f.message(),
					f.fingerprint(), f.origin(), nz(s.baselineState(f)), f.published());
		}
		w.flush();
	}

	private static Writer csvWriter(OutputStream out) throws IOException {
		Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
		w.write('\ufeff');
		return w;
	}

	private static void row(Writer w, String... cells) throws IOException {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				sb.append(',');
			}
			String c = cells[i];
			// A leading = + - @ would be a formula in a spreadsheet: quote it with an apostrophe.
			if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+")) {
				c = "'" + c;
			}
			if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
				c = "\"" + c.replace("\"", "\"\"") + "\"";
			}
			sb.append(c);
		}
		sb.append("\r\n");
		w.write(sb.toString());
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// ---- JSON ----------------------------------------------------------------------------------

	/** The audit's JSON as a string (for a small summary; {@link #json(AuditSummary, OutputStream)} streams it). */
	public static String json(AuditSummary s) {
		var out = new java.io.ByteArrayOutputStream();
		try {
			json(s, out);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * Writes the audit's JSON to {@code out}, a report and a finding at a time: for 10,000 reports
	 * the whole tree took some 500 MB, the document 37 MB. Indented as the tree would be.
	 */
	public static void json(AuditSummary s, OutputStream out) throws IOException {
		ObjectMapper mapper = DashboardData.MAPPER;
		try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new DefaultPrettyPrinter());
			g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			g.writeStartObject();
			ObjectNode totals = mapper.createObjectNode();
			totals.put("reports", s.reports.size());
			totals.put("reportsWithErrors", s.reportsWithErrors());
			totals.put("failedInputs", s.failedInputs());
			totals.put("errors", s.errorCount());
			totals.put("warnings", s.warningCount());
			ObjectNode origin = totals.putObject("origin");
			s.byOrigin().forEach(origin::put);
			if (s.baseline != null) {
				ObjectNode baseline = totals.putObject("baseline");
				s.baseline.counts(s.findings).forEach(baseline::put);
			}
			g.writeFieldName("totals");
			g.writeTree(totals);
			g.writeArrayFieldStart("reports");
			for (AuditSummary.Entry e : s.reports) {
				ObjectNode r = mapper.createObjectNode();
				report(r, e);
				ArrayNode ff = r.putArray("firstFindings");
				e.firstFindings().forEach(ff::add);
				g.writeTree(r);
			}
			g.writeEndArray();
			g.writeArrayFieldStart("findings");
			for (AuditSummary.Item f : s.findings) {
				ObjectNode o = mapper.createObjectNode();
				finding(o, f);
				putSource(o, f.source());
				if (s.baseline != null) {
					o.put("baseline", s.baselineState(f));
					Baseline.Entry decided = s.baseline.entry(f.fingerprint());
					if (decided != null && decided.reason() != null) {
						o.put("reason", decided.reason());
					}
				}
				g.writeTree(o);
			}
			g.writeEndArray();
			ObjectNode rest = mapper.createObjectNode();
			fixedAndRoster(rest, s, mapper);
			rest.set("years", DashboardData.years(YearsSideBySide.of(s)));
			ObjectNode byCode = rest.putObject("findingsByCode");
			s.byCode().forEach(byCode::put);
			writeFields(g, rest);
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	/** Each field of {@code fields}, in order, into the object {@code g} is writing. */
	static void writeFields(JsonGenerator g, ObjectNode fields) throws IOException {
		for (var field : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) fields::fields) {
			g.writeFieldName(field.getKey());
			g.writeTree(field.getValue());
		}
	}

	/** A report's fields: its input, organ, year, template, counts, status and 发布 date. */
	static void report(ObjectNode r, AuditSummary.Entry e) {
		r.put("input", e.input());
		r.put("organ", e.organ());
		putYear(r, e.year());
		r.put("template", e.template());
		r.put("errors", e.errors());
		r.put("warnings", e.warnings());
		r.put("status", e.status());
		r.put("published", e.published());
	}

	static void putYear(ObjectNode o, Integer year) {
		if (year == null) {
			o.putNull("year");
		} else {
			o.put("year", year);
		}
	}

	/** A finding's own fields: where, what, whose, and its identity. */
	static void finding(ObjectNode o, AuditSummary.Item f) {
		o.put("input", f.input());
		o.put("line", f.line());
		o.put("column", f.column());
		o.put("severity", f.severity());
		o.put("code", f.code());
		o.put("message", f.message());
		o.put("organ", f.organ());
		putYear(o, f.year());
		o.put("cell", f.cell());
		o.put("fingerprint", f.fingerprint());
		o.put("origin", f.origin());
	}

	/** The baseline's findings that are gone ({@code fixed}) and the roster check, when the run has them. */
	static void fixedAndRoster(ObjectNode root, AuditSummary s, ObjectMapper mapper) {
		if (s.baseline != null) {
			ArrayNode fixed = root.putArray("fixed");
			s.baseline.fixed().forEach(e -> BaselineFile.entry(fixed.addObject(), e));
		}
		if (s.roster != null) {
			root.set("roster", mapper.valueToTree(s.roster));
		}
	}

	// ---- HTML ----------------------------------------------------------------------------------

	/** The dashboard ({@link Dashboard}), one self-contained page, written to {@code out}. */
	public static void html(AuditSummary s, String title, OutputStream out) throws IOException {
		Dashboard.write(s, title, out);
	}

	/** A horizontal bar chart as inline SVG: one bar per key, the count written after it. */
	static String chart(String title, Map<String, Integer> data, String color) {
		int max = data.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		int barH = 22, labelW = 90, width = 420, chartW = width - labelW - 50;
		int height = Math.max(1, data.size()) * (barH + 6) + 10;
		StringBuilder sb = new StringBuilder("<figure class=\"chart\"><h3>").append(esc(title)).append("</h3>\n")
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
		int y = 5;
		if (data.isEmpty()) {
			sb.append("<text x=\"0\" y=\"20\" font-size=\"13\">（无）</text>\n");
		}
		for (Map.Entry<String, Integer> e : data.entrySet()) {
			int w = max == 0 ? 0 : Math.max(e.getValue() > 0 ? 2 : 0, (int) Math.round((double) e.getValue() / max * chartW));
			sb.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + barH - 6)
					.append("\" font-size=\"13\" text-anchor=\"end\">").append(esc(e.getKey())).append("</text>")
					.append("<rect x=\"").append(labelW).append("\" y=\"").append(y).append("\" width=\"").append(w)
					.append("\" height=\"").append(barH).append("\" fill=\"").append(color).append("\"><title>")
					.append(esc(e.getKey())).append(": ").append(e.getValue()).append("</title></rect>")
					.append("<text x=\"").append(labelW + w + 6).append("\" y=\"").append(y + barH - 6)
					.append("\" font-size=\"13\">").append(e.getValue()).append("</text>\n");
			y += barH + 6;
		}
		return sb.append("</svg></figure>\n").toString();
	}

	static String esc(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '&' -> sb.append("&amp;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}

}
